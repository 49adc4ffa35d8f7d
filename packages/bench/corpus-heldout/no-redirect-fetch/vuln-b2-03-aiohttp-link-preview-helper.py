# pattern: aiohttp web handler building a link preview with ClientSession.get on a URL from the JSON body, via a helper (aiohttp client quickstart; link-preview services); flaw: line 12
import re

import aiohttp
from aiohttp import web

TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
OG_IMAGE_RE = re.compile(r'<meta[^>]+property="og:image"[^>]+content="([^"]+)"', re.IGNORECASE)


async def fetch_preview(session: aiohttp.ClientSession, url: str) -> dict:
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=8)) as resp:
        html = await resp.text(errors="ignore")
    title = TITLE_RE.search(html)
    image = OG_IMAGE_RE.search(html)
    return {
        "url": url,
        "title": title.group(1).strip() if title else None,
        "image": image.group(1) if image else None,
    }


async def link_preview(request: web.Request) -> web.Response:
    payload = await request.json()
    target = payload.get("link")
    if not target:
        raise web.HTTPBadRequest(text="link is required")
    preview = await fetch_preview(request.app["http"], target)
    return web.json_response(preview)


async def _init_http(app: web.Application):
    app["http"] = aiohttp.ClientSession(headers={"User-Agent": "ChatPreviewBot/1.0"})
    yield
    await app["http"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(_init_http)
    app.router.add_post("/api/previews", link_preview)
    return app
