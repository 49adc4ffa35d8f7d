# pattern: FastAPI request-files docs / marker scripts/server.py upload handler (UploadFile.filename joined onto an upload dir) — flaw at line 23
import shutil
from pathlib import Path

from fastapi import APIRouter, File, HTTPException, UploadFile

router = APIRouter(prefix="/datasets", tags=["datasets"])

DATA_ROOT = Path("/var/lib/trainer/datasets")


def _destination_for(upload: UploadFile) -> Path:
    DATA_ROOT.mkdir(parents=True, exist_ok=True)
    return DATA_ROOT / upload.filename


@router.post("/upload")
def upload_dataset(file: UploadFile = File(...)):
    if not file.filename:
        raise HTTPException(status_code=400, detail="missing filename")

    target = _destination_for(file)
    with target.open("wb") as buffer:
        shutil.copyfileobj(file.file, buffer)
    file.file.close()

    return {"dataset": target.name, "bytes": target.stat().st_size}
