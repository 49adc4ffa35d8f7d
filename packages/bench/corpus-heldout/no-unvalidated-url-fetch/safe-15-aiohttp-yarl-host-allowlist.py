# pattern: aiohttp handler comparing yarl URL(url).host against a constant set before session.get(allow_redirects=False)
from aiohttp import ClientSession, web
from yarl import URL

ALLOWED_HOSTS = frozenset({"pypi.org", "files.pythonhosted.org"})

routes = web.RouteTableDef()


@routes.get("/mirror/metadata")
async def package_metadata(request: web.Request) -> web.Response:
    raw = request.query.get("url", "")
    url = URL(raw)
    if url.scheme != "https" or url.host not in ALLOWED_HOSTS:
        raise web.HTTPBadRequest(text="host not allowed")
    session: ClientSession = request.app["session"]
    async with session.get(url, allow_redirects=False) as resp:
        return web.json_response({"status": resp.status, "data": await resp.json(content_type=None)})
