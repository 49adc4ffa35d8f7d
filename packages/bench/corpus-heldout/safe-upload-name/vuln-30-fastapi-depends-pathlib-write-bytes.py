# pattern: FastAPI UploadFile avatar endpoint with Depends(get_current_user) and pathlib write_bytes — flaw at line 28
from pathlib import Path

from fastapi import APIRouter, Depends, UploadFile
from sqlalchemy.orm import Session

from app.api.deps import get_current_user, get_db
from app.core.config import settings
from app.models import User

router = APIRouter()


def avatar_path(user: User, upload: UploadFile) -> Path:
    folder = Path(settings.MEDIA_ROOT) / "avatars" / str(user.id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / upload.filename


@router.put("/users/me/avatar")
async def set_avatar(
    avatar: UploadFile,
    current_user: User = Depends(get_current_user),
    db: Session = Depends(get_db),
):
    data = await avatar.read()
    dest = avatar_path(current_user, avatar)
    dest.write_bytes(data)

    current_user.avatar_url = f"{settings.MEDIA_URL}avatars/{current_user.id}/{dest.name}"
    db.commit()
    return {"avatar_url": current_user.avatar_url}
