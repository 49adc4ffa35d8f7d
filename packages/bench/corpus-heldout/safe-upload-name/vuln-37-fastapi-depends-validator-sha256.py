# pattern: FastAPI validators.py (validate_content_type against ALLOWED_CONTENT_TYPES) used as a Depends, content-addressed storage — flaw at line 15
import hashlib
from pathlib import Path

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile

from .settings import get_settings

app = FastAPI()

ALLOWED_CONTENT_TYPES = {"application/pdf", "image/png", "image/jpeg"}


def validated_upload(file: UploadFile = File(...)) -> UploadFile:
    if file.content_type not in ALLOWED_CONTENT_TYPES:
        raise HTTPException(status_code=415, detail="Unsupported content type.")
    return file


@app.post("/claims/{claim_id}/evidence")
async def add_evidence(claim_id: int, upload: UploadFile = Depends(validated_upload)):
    body = await upload.read()
    digest = hashlib.sha256(body).hexdigest()

    store = Path(get_settings().evidence_dir) / str(claim_id)
    store.mkdir(parents=True, exist_ok=True)
    (store / digest).write_bytes(body)

    return {"claim": claim_id, "sha256": digest, "size": len(body)}
