# pattern: FastAPI UploadMiddleware.validate_file_type (magic.Magic(mime=True).from_buffer) alongside the declared content type
import uuid
from pathlib import Path

import magic
from fastapi import Depends, FastAPI, File, HTTPException, UploadFile

from .settings import get_settings

app = FastAPI()

ALLOWED_CONTENT_TYPES = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}
_mime = magic.Magic(mime=True)


async def validated_upload(file: UploadFile = File(...)) -> UploadFile:
    if file.content_type not in ALLOWED_CONTENT_TYPES:
        raise HTTPException(status_code=415, detail="Unsupported content type.")
    head = await file.read(2048)
    await file.seek(0)
    if _mime.from_buffer(head) != file.content_type:
        raise HTTPException(status_code=415, detail="File content does not match its type.")
    return file


@app.post("/claims/{claim_id}/evidence")
async def add_evidence(claim_id: int, upload: UploadFile = Depends(validated_upload)):
    body = await upload.read()
    name = f"{uuid.uuid4().hex}.{ALLOWED_CONTENT_TYPES[upload.content_type]}"

    store = Path(get_settings().evidence_dir) / str(claim_id)
    store.mkdir(parents=True, exist_ok=True)
    (store / name).write_bytes(body)

    return {"claim": claim_id, "file": name, "size": len(body)}
