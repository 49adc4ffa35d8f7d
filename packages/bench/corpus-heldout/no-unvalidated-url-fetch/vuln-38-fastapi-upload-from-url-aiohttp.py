# pattern: FastAPI upload-from-URL endpoint delegating to a same-file async aiohttp download helper; flaw: line 22
import hashlib

import aiohttp
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from .storage import put_blob

app = FastAPI()
MAX_BYTES = 20 * 1024 * 1024


class UploadFromUrl(BaseModel):
    source: str
    filename: str | None = None


async def _download(url: str) -> bytes:
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async with session.get(url, allow_redirects=False) as resp:
            if resp.status != 200:
                raise HTTPException(status_code=400, detail=f"source returned {resp.status}")
            data = await resp.content.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="file too large")
    return data


@app.post("/files/from-url")
async def upload_from_url(body: UploadFromUrl):
    data = await _download(body.source)
    digest = hashlib.sha256(data).hexdigest()
    await put_blob(digest, data)
    return {"sha256": digest, "size": len(data)}
