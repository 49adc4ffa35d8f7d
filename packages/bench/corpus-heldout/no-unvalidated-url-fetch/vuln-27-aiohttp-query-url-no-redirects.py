# pattern: aiohttp proxy_handler (Saintghetto17/Python-SHAD async_proxy) with allow_redirects=False and only a scheme check; flaw: line 15
from aiohttp import ClientError, ClientSession, ClientTimeout, web
from yarl import URL


async def proxy_handler(request: web.Request) -> web.Response:
    session: ClientSession = request.app["client_session"]
    raw = request.query.get("url")
    if not raw:
        raise web.HTTPBadRequest(text="No url to fetch")
    url = URL(raw)
    if url.scheme not in ("http", "https"):
        raise web.HTTPBadRequest(text="Unsupported url scheme")
    try:
        async with session.get(url, allow_redirects=False, timeout=ClientTimeout(total=10)) as resp:
            body = await resp.read()
            return web.Response(body=body, status=resp.status, content_type=resp.content_type)
    except ClientError:
        raise web.HTTPBadGateway(text="Upstream failed")


async def on_startup(app: web.Application) -> None:
    app["client_session"] = ClientSession()


async def on_cleanup(app: web.Application) -> None:
    await app["client_session"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/fetch", proxy_handler)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app
