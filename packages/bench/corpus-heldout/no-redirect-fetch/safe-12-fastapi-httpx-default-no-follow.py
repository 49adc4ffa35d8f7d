# pattern: FastAPI /fetch router with httpx.AsyncClient() defaults (httpx does not follow redirects unless follow_redirects=True) and a host allowlist
from urllib.parse import urlparse

import httpx
from fastapi import APIRouter, HTTPException, Query

router = APIRouter(tags=["tools"])

STATUS_HOSTS = frozenset({"status.github.com", "www.githubstatus.com", "status.aws.amazon.com"})


@router.get("/status-page")
async def status_page(url: str = Query(...)) -> dict:
    host = urlparse(url).hostname
    if host not in STATUS_HOSTS:
        raise HTTPException(status_code=400, detail="unsupported status page")
    async with httpx.AsyncClient(timeout=5.0) as client:
        r = await client.get(url)
    return {"status_code": r.status_code, "body": r.text[:4096]}
