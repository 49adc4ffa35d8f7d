# pattern: FastAPI upload checking the bytes with python-magic and storing under uuid4 with an extension chosen from the detected type (python-magic from_buffer docs; FastAPI upload services)
import uuid
from pathlib import Path

import magic
from fastapi import APIRouter, File, HTTPException, UploadFile

router = APIRouter(prefix="/documents", tags=["documents"])

STORAGE = Path("/srv/app/documents")
EXT_BY_MIME = {
    "application/pdf": ".pdf",
    "image/png": ".png",
    "image/jpeg": ".jpg",
}


@router.post("", status_code=201)
async def upload_document(file: UploadFile = File(...)):
    data = await file.read()
    detected = magic.from_buffer(data[:4096], mime=True)
    if detected not in EXT_BY_MIME:
        raise HTTPException(status_code=415, detail=f"Unsupported file type: {detected}")
    stored_name = f"{uuid.uuid4().hex}{EXT_BY_MIME[detected]}"
    (STORAGE / stored_name).write_bytes(data)
    return {"id": stored_name, "original_name": file.filename, "size": len(data)}
