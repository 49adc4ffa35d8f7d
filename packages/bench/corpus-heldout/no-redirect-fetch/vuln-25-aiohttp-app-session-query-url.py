# pattern: aiohttp proxy_handler with the app-wide ClientSession (Saintghetto17/Python-SHAD 12.1.Asynchrony async_proxy); flaw: line 14
from aiohttp import ClientError, ClientSession, ClientTimeout, web
from yarl import URL


async def proxy_handler(request: web.Request) -> web.Response:
    session: ClientSession = request.app["client_session"]
    target = request.query.get("url")
    if not target:
        raise web.HTTPBadRequest(text="No url to fetch")
    if URL(target).scheme not in ("http", "https"):
        raise web.HTTPBadRequest(text="Unsupported url scheme")
    try:
        async with session.get(target, timeout=ClientTimeout(total=10)) as resp:
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
    app.router.add_get("/fetch", proxy_handler)
    app.on_startup.append(setup_application)
    app.on_cleanup.append(teardown_application)
    return app
