# pattern: FastAPI proxy router taking an httpx.AsyncClient from Depends (v1/dependencies get_async_client idiom from code search), follow_redirects per call; flaw: line 32
import re
from contextlib import asynccontextmanager

import httpx
from fastapi import APIRouter, Depends, FastAPI, Request
from pydantic import BaseModel

TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.http = httpx.AsyncClient(timeout=8.0, headers={"User-Agent": "bookmarks-bot/0.3"})
    yield
    await app.state.http.aclose()


async def get_http_client(request: Request) -> httpx.AsyncClient:
    return request.app.state.http


class PreviewIn(BaseModel):
    link: str


router = APIRouter(prefix="/bookmarks")


@router.post("/preview")
async def preview(body: PreviewIn, client: httpx.AsyncClient = Depends(get_http_client)):
    resp = await client.get(body.link, follow_redirects=True)
    match = TITLE_RE.search(resp.text)
    return {
        "title": match.group(1).strip() if match else None,
        "final_url": str(resp.url),
        "status": resp.status_code,
    }


app = FastAPI(lifespan=lifespan)
app.include_router(router)
