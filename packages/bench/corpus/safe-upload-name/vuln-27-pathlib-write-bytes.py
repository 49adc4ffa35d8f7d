from pathlib import Path

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/avatars")
async def avatar(upload: UploadFile):
    target = Path("avatars") / upload.filename
    target.write_bytes(await upload.read())
    return {"ok": True}
