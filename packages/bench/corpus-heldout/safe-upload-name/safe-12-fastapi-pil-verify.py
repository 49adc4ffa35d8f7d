# pattern: FastAPI image upload verified with PIL.Image.open(...).verify(), saved as uuid4().hex
import io
import uuid
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile
from PIL import Image, UnidentifiedImageError

app = FastAPI()
IMAGES_DIR = Path("static/gallery")
FORMAT_EXT = {"JPEG": "jpg", "PNG": "png", "GIF": "gif"}


@app.post("/gallery", status_code=201)
async def add_to_gallery(image: UploadFile = File(...)):
    if not image.content_type or not image.content_type.startswith("image/"):
        raise HTTPException(status_code=400, detail="File is not an image")

    data = await image.read()
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()
            fmt = probe.format
    except (UnidentifiedImageError, OSError):
        raise HTTPException(status_code=400, detail="File is not a valid image")

    if fmt not in FORMAT_EXT:
        raise HTTPException(status_code=415, detail="Unsupported image format")

    stored_name = f"{uuid.uuid4().hex}.{FORMAT_EXT[fmt]}"
    IMAGES_DIR.mkdir(parents=True, exist_ok=True)
    (IMAGES_DIR / stored_name).write_bytes(data)

    return {"url": f"/static/gallery/{stored_name}", "original": image.filename}
