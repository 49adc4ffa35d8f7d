# pattern: aiohttp proxy_handler (Saintghetto17/Python-SHAD async_proxy) with allow_redirects=False and a yarl host allowlist
from aiohttp import ClientError, ClientSession, ClientTimeout, web
from yarl import URL

ALLOWED_HOSTS = frozenset({"tiles.openstreetmap.org", "a.tile.openstreetmap.org", "b.tile.openstreetmap.org"})


async def proxy_handler(request: web.Request) -> web.Response:
    session: ClientSession = request.app["client_session"]
    target = request.query.get("url")
    if not target:
        raise web.HTTPBadRequest(text="No url to fetch")
    url = URL(target)
    if url.scheme != "https" or url.host not in ALLOWED_HOSTS:
        raise web.HTTPBadRequest(text="host not allowed")
    try:
        async with session.get(url, allow_redirects=False, timeout=ClientTimeout(total=10)) as resp:
            body = await resp.read()
            return web.Response(body=body, status=resp.status, content_type=resp.content_type)
    except ClientError:
        raise web.HTTPBadGateway(text="Upstream failed")


async def setup_application(app: web.Application) -> None:
    app["client_session"] = ClientSession()


async def teardown_application(app: web.Application) -> None:
    await app["client_session"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/tiles", proxy_handler)
    app.on_startup.append(setup_application)
    app.on_cleanup.append(teardown_application)
    return app
