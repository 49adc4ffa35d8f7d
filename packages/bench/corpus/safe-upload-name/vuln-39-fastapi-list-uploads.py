from typing import List

from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/batch")
async def batch(files: List[UploadFile]):
    for upload in files:
        with open(f"batch/{upload.filename}", "wb") as out:
            out.write(await upload.read())
    return {"count": len(files)}
