# pattern: FastAPI UploadFile written with open(f'uploads/{file.filename}', 'wb') and shutil.copyfileobj (xIgor1982/video_hosting_fastapi main.py, farhan172001/demogen assign14/snippets/file_upload.py); flaw: line 16
import shutil
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile
from fastapi.responses import FileResponse

app = FastAPI()

UPLOAD_DIR = Path("uploads")
UPLOAD_DIR.mkdir(exist_ok=True)


@app.post("/upload/")
async def upload_file(file: UploadFile = File(...)):
    with open(f"uploads/{file.filename}", "wb") as buffer:
        shutil.copyfileobj(file.file, buffer)
    return {"filename": file.filename}


@app.get("/download/{file_id}")
async def download_file(file_id: int):
    files = sorted(UPLOAD_DIR.iterdir())
    if file_id >= len(files):
        raise HTTPException(status_code=404, detail="File not found")
    return FileResponse(files[file_id])
