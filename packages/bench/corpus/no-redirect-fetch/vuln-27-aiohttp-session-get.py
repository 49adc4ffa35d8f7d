import aiohttp
from aiohttp import web


async def proxy(request: web.Request) -> web.Response:
    target = request.query["url"]
    async with aiohttp.ClientSession() as session:
        async with session.get(target) as resp:
            body = await resp.read()
    return web.Response(body=body, content_type="application/octet-stream")
