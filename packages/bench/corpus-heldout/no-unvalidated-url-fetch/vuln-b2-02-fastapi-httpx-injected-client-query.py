# pattern: FastAPI proxy route with url: str = Query(...) and an injected httpx.AsyncClient (proxy_router in a public FastAPI v1 API, v1/dependencies get_async_client); flaw: line 20
import httpx
from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

proxy_router = APIRouter(prefix="/proxy", tags=["Proxy"])

_client = httpx.AsyncClient(timeout=15.0)


async def get_async_client() -> httpx.AsyncClient:
    return _client


@proxy_router.get("")
async def proxy(
    url: str = Query(..., examples=["https://imageurl.com/image.png"]),
    client: httpx.AsyncClient = Depends(get_async_client),
):
    response = await client.get(url, headers={"User-Agent": "Mozilla/5.0"})
    return StreamingResponse(
        response.aiter_bytes(),
        status_code=response.status_code,
        media_type=response.headers.get("content-type", "application/octet-stream"),
    )
