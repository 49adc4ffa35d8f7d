import os

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/reports")
async def report(file: UploadFile):
    tmp_path = "/tmp/report.part"
    with open(tmp_path, "wb") as fh:
        fh.write(await file.read())
    os.rename(tmp_path, os.path.join("reports", file.filename))
    return {"ok": True}
