# pattern: FastAPI route fetching a URL from a pydantic body with httpx.AsyncClient(follow_redirects=True) (IIIPEK/FastApiUrlShortener app/routers/async_tasks.py, inclinedadarsh/daakiya server/server/main.py); flaw: line 18
import httpx
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter(prefix="/tools", tags=["tools"])


class FetchRequest(BaseModel):
    url: str
    timeout: float = 5.0


@router.post("/fetch")
async def fetch_url(body: FetchRequest) -> dict:
    async with httpx.AsyncClient(timeout=body.timeout, follow_redirects=True) as client:
        try:
            r = await client.get(body.url)
        except httpx.HTTPError:
            raise HTTPException(status_code=502, detail="Upstream request failed")
    text = r.text
    if len(text) > 4096:
        text = text[:4096] + "...[truncated]"
    return {"status_code": r.status_code, "final_url": str(r.url), "body": text}
