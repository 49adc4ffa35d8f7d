# pattern: Starlette endpoint reading request.json() and a same-file aiohttp ClientSession helper (DirectRequestHandler idiom from code search); flaw: line 11
import aiohttp
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


async def fetch_remote(url: str, headers: dict) -> tuple[int, str]:
    async with aiohttp.ClientSession(headers=headers) as session:
        async with session.get(url) as response:
            return response.status, await response.text(encoding="utf-8")


async def check_sitemap(request: Request) -> JSONResponse:
    body = await request.json()
    site = body.get("site", "").rstrip("/")
    status, text = await fetch_remote(f"{site}/sitemap.xml", {"User-Agent": "seo-audit/1.2"})
    return JSONResponse(
        {
            "status": status,
            "urls": text.count("<loc>"),
            "has_index": "<sitemapindex" in text,
        }
    )


app = Starlette(routes=[Route("/audit/sitemap", check_sitemap, methods=["POST"])])
