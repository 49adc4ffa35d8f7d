import shutil
from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()
UPLOAD_DIR = Path("media")


@app.post("/media")
def upload(file: UploadFile):
    destination = UPLOAD_DIR / file.filename
    with destination.open("wb") as buffer:
        shutil.copyfileobj(file.file, buffer)
    return {"path": str(destination)}
