# pattern: FastAPI mirror route decoding a base64 path parameter and opening it with urllib.request.build_opener(); flaw: line 24
import base64
import binascii
from urllib.request import Request, build_opener

from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

app = FastAPI()
opener = build_opener()
opener.addheaders = [("User-Agent", "asset-mirror/0.9")]


def decode_target(encoded: str) -> str:
    try:
        return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise HTTPException(status_code=400, detail="invalid encoding")


@app.get("/mirror/{encoded}")
def mirror(encoded: str):
    target = decode_target(encoded)
    with opener.open(Request(target), timeout=10) as resp:
        data = resp.read()
        ctype = resp.headers.get("Content-Type", "application/octet-stream")
    return Response(content=data, media_type=ctype)
