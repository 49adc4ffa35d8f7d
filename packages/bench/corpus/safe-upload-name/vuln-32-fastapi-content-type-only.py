import uuid

from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()


@app.post("/pictures")
async def picture(file: UploadFile):
    if file.content_type not in ("image/png", "image/jpeg"):
        raise HTTPException(status_code=415, detail="unsupported type")
    with open(f"pictures/{uuid.uuid4()}.bin", "wb") as out:
        out.write(await file.read())
    return {"ok": True}
