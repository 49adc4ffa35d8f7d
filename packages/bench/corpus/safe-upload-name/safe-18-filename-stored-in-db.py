import uuid

from fastapi import FastAPI, UploadFile

from .db import save_metadata

app = FastAPI()


@app.post("/files")
async def upload(file: UploadFile):
    file_id = uuid.uuid4().hex
    with open(f"storage/{file_id}", "wb") as out:
        out.write(await file.read())
    save_metadata(file_id, original_name=file.filename, content_type=file.content_type)
    return {"id": file_id}
