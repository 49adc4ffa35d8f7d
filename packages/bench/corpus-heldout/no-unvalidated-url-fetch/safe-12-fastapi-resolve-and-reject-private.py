# pattern: FastAPI webhook ping resolving the host with socket.getaddrinfo and rejecting private addresses with ipaddress (WebhookURLValidator idiom from code search)
import ipaddress
import socket
from urllib.parse import urlparse

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()


class WebhookIn(BaseModel):
    url: str


def resolve_public(url: str) -> None:
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname:
        raise HTTPException(status_code=422, detail="https URL required")
    try:
        infos = socket.getaddrinfo(parsed.hostname, parsed.port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror:
        raise HTTPException(status_code=422, detail="host does not resolve")
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast:
            raise HTTPException(status_code=422, detail="address not allowed")


@app.post("/webhooks/ping")
async def ping_webhook(body: WebhookIn):
    resolve_public(body.url)
    async with httpx.AsyncClient(timeout=5.0) as client:
        resp = await client.post(body.url, json={"event": "ping"})
    return {"status": resp.status_code}
