import uuid

from fastapi import FastAPI, HTTPException, UploadFile
from PIL import Image

app = FastAPI()


@app.post("/photos")
async def photo(file: UploadFile):
    if file.content_type not in ("image/png", "image/jpeg"):
        raise HTTPException(415)
    try:
        Image.open(file.file).verify()
    except Exception:
        raise HTTPException(415)
    file.file.seek(0)
    with open(f"photos/{uuid.uuid4()}.img", "wb") as out:
        out.write(file.file.read())
    return {"ok": True}
