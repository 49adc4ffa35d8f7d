# pattern: FastAPI avatar import with a hostname allowlist and httpx.AsyncClient() default (follow_redirects off) (httpx docs 'Redirection and History'; FastAPI proxy_router with injected AsyncClient)
from urllib.parse import urlparse

import httpx
from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response

router = APIRouter(prefix="/avatars", tags=["avatars"])

AVATAR_HOSTS = {"avatars.githubusercontent.com", "secure.gravatar.com", "lh3.googleusercontent.com"}


@router.get("/import")
async def import_avatar(url: str = Query(..., max_length=2048)):
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in AVATAR_HOSTS:
        raise HTTPException(status_code=400, detail="Unsupported avatar host")
    async with httpx.AsyncClient(timeout=5.0) as client:
        r = await client.get(url)
    if r.status_code != 200 or not r.headers.get("content-type", "").startswith("image/"):
        raise HTTPException(status_code=422, detail="Could not import avatar")
    return Response(content=r.content, media_type=r.headers["content-type"])
