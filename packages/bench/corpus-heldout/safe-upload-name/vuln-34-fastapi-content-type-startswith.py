# pattern: FastAPI file_type_validation examples (file.content_type.startswith("image/")) saving under uuid4 names — flaw at line 14
import uuid
from pathlib import Path

import aiofiles
from fastapi import FastAPI, File, HTTPException, UploadFile, status

app = FastAPI()
IMAGES_DIR = Path("static/gallery")


@app.post("/gallery", status_code=status.HTTP_201_CREATED)
async def add_to_gallery(image: UploadFile = File(...)):
    if not image.content_type or not image.content_type.startswith("image/"):
        raise HTTPException(status_code=400, detail="File is not an image")

    subtype = image.content_type.split("/", 1)[1]
    extension = {"jpeg": "jpg", "png": "png", "gif": "gif"}.get(subtype, "bin")
    stored_name = f"{uuid.uuid4()}.{extension}"

    IMAGES_DIR.mkdir(parents=True, exist_ok=True)
    async with aiofiles.open(IMAGES_DIR / stored_name, "wb") as out:
        await out.write(await image.read())

    return {"url": f"/static/gallery/{stored_name}"}
