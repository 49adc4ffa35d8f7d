import aiohttp
from aiohttp import web


async def check_link(request):
    link = request.query["link"]
    async with aiohttp.ClientSession() as session:
        async with session.head(link, allow_redirects=False) as resp:
            return web.json_response({"status": resp.status})


app = web.Application()
app.router.add_get("/check", check_link)
