import os

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/drop")
async def drop(file: UploadFile):
    safe = os.path.basename(file.filename)
    with open(os.path.join("drop", safe), "wb") as out:
        out.write(await file.read())
    return {"ok": True}
