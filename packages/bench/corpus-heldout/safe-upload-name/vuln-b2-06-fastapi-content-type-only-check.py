# pattern: FastAPI image upload whose only type check is UploadFile.content_type in an allowed set, saved under a generated name (Lannesteer/Image_Moderator src/moderator/dependencies.py; piers-taylor-1994/secureclouddocs validators.py); flaw: line 17
import uuid
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from app.auth import get_current_user

router = APIRouter(prefix="/images", tags=["images"])

MEDIA_ROOT = Path("/srv/media/images")
EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


async def validate_image(image: UploadFile = File(...)) -> UploadFile:
    if image.content_type not in EXTENSIONS:
        raise HTTPException(status_code=400, detail="Unsupported file type.")
    return image


@router.post("", status_code=201)
async def upload_image(image: UploadFile = Depends(validate_image), user=Depends(get_current_user)):
    name = f"{uuid.uuid4().hex}{EXTENSIONS[image.content_type]}"
    async with aiofiles.open(MEDIA_ROOT / name, "wb") as out:
        while chunk := await image.read(1024 * 1024):
            await out.write(chunk)
    return {"url": f"/media/images/{name}", "owner": user.id}
