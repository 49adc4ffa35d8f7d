# pattern: FastAPI fetcher resolving the hostname with socket.getaddrinfo and rejecting private / loopback addresses with ipaddress before httpx (OWASP SSRF prevention cheat sheet; webhook senders)
import asyncio
import ipaddress
import socket
from urllib.parse import urlparse

import httpx
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter()


class FetchBody(BaseModel):
    url: str


async def _assert_public(hostname: str) -> None:
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(hostname, None, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise HTTPException(status_code=400, detail="Unresolvable host")
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved or addr.is_multicast:
            raise HTTPException(status_code=400, detail="Destination not allowed")


@router.post("/fetch")
async def fetch(body: FetchBody):
    parsed = urlparse(body.url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise HTTPException(status_code=400, detail="Invalid URL")
    await _assert_public(parsed.hostname)
    async with httpx.AsyncClient(timeout=5.0) as client:
        r = await client.get(body.url)
    return {"status": r.status_code, "length": len(r.content)}
