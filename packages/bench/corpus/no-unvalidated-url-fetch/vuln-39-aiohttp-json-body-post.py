import aiohttp
from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/notify")
async def notify(request):
    data = await request.json()
    async with aiohttp.ClientSession() as http:
        async with http.post(data["target"], json={"text": data["message"]}, allow_redirects=False) as resp:
            return web.json_response({"status": resp.status})
