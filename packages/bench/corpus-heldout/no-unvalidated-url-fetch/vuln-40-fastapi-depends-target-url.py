# pattern: FastAPI dependency returning the query URL (Depends) consumed by an endpoint calling httpx.get; flaw: line 16
import httpx
from fastapi import Depends, FastAPI, HTTPException, Query

app = FastAPI()


def target_url(url: str = Query(..., min_length=8, max_length=2048)) -> str:
    if not url.lower().startswith(("http://", "https://")):
        raise HTTPException(status_code=422, detail="absolute http(s) URL required")
    return url


@app.get("/tools/headers")
def inspect_headers(target: str = Depends(target_url)):
    resp = httpx.get(target, timeout=5.0)
    return {
        "status": resp.status_code,
        "headers": dict(resp.headers),
        "http_version": resp.http_version,
    }
