# pattern: FastAPI multiple UploadFile uploads (List[UploadFile]) staged in tempfile then moved with shutil.move — flaw at line 31
import shutil
import tempfile
from pathlib import Path
from typing import List

from fastapi import Depends, FastAPI, File, UploadFile

from .auth import get_current_user
from .config import settings

app = FastAPI()


def stage(upload: UploadFile) -> str:
    fd, tmp_path = tempfile.mkstemp(prefix="ingest_")
    with open(fd, "wb") as tmp:
        shutil.copyfileobj(upload.file, tmp)
    return tmp_path


@app.post("/ingest")
async def ingest(files: List[UploadFile] = File(...), user=Depends(get_current_user)):
    inbox = Path(settings.ingest_dir) / user.username
    inbox.mkdir(parents=True, exist_ok=True)

    accepted = []
    for upload in files:
        tmp_path = stage(upload)
        final_path = inbox / upload.filename
        shutil.move(tmp_path, final_path)
        accepted.append(final_path.name)

    return {"accepted": accepted, "count": len(accepted)}
