import uuid

import filetype
from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI()


@app.post("/docs")
async def upload_doc(file: UploadFile):
    if file.content_type != "application/pdf":
        raise HTTPException(415)
    data = await file.read()
    kind = filetype.guess(data)
    if kind is None or kind.mime != "application/pdf":
        raise HTTPException(415)
    with open(f"docs/{uuid.uuid4()}.pdf", "wb") as out:
        out.write(data)
    return {"ok": True}
