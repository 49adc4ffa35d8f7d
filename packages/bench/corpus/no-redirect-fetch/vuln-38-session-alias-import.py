from aiohttp import web
from requests import Session

http = Session()


async def fetch_json(request: web.Request) -> web.Response:
    data = await request.json()
    return web.json_response(http.get(data["url"], timeout=5).json())


app = web.Application()
app.router.add_post("/fetch-json", fetch_json)
