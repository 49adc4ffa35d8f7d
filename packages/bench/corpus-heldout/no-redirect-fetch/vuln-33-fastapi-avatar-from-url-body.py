# pattern: FastAPI sync endpoint downloading an avatar from a Pydantic AnyHttpUrl field with requests.get(stream=True); flaw: line 21
import uuid

import requests
from fastapi import Depends, FastAPI, HTTPException
from pydantic import AnyHttpUrl, BaseModel

from .auth import current_user
from .storage import bucket

app = FastAPI()
MAX_AVATAR_BYTES = 2 * 1024 * 1024


class AvatarFromUrl(BaseModel):
    image_url: AnyHttpUrl


@app.put("/me/avatar")
def set_avatar(payload: AvatarFromUrl, user=Depends(current_user)):
    resp = requests.get(str(payload.image_url), stream=True, timeout=10)
    if resp.status_code != 200 or not resp.headers.get("Content-Type", "").startswith("image/"):
        raise HTTPException(status_code=400, detail="not an image")
    data = resp.raw.read(MAX_AVATAR_BYTES + 1, decode_content=True)
    if len(data) > MAX_AVATAR_BYTES:
        raise HTTPException(status_code=413, detail="image too large")
    key = f"avatars/{user.id}/{uuid.uuid4().hex}"
    bucket.put_object(Key=key, Body=data, ContentType=resp.headers["Content-Type"])
    user.avatar_key = key
    return {"avatar": key}
