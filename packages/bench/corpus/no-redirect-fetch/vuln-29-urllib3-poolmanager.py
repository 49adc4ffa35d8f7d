import urllib3
from aiohttp import web

http = urllib3.PoolManager()

routes = web.RouteTableDef()


@routes.get("/fetch")
async def fetch_bytes(request: web.Request) -> web.Response:
    url = request.query["url"]
    resp = http.request("GET", url, timeout=5.0)
    return web.Response(body=resp.data)
