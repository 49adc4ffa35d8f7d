# pattern: aiohttp handler calling an internal API whose base URL comes from configuration, only an id from the request in the path (aiohttp client reference; microservice gateway handlers)
import aiohttp
from aiohttp import web

from config import settings

CATALOG_API = settings.CATALOG_API_URL.rstrip("/")


async def get_product(request: web.Request) -> web.Response:
    product_id = request.match_info["product_id"]
    if not product_id.isdigit():
        raise web.HTTPBadRequest(text="invalid product id")
    session: aiohttp.ClientSession = request.app["http"]
    async with session.get(f"{CATALOG_API}/v1/products/{product_id}") as resp:
        if resp.status == 404:
            raise web.HTTPNotFound()
        data = await resp.json()
    return web.json_response({"id": data["id"], "name": data["name"], "price": data["price"]})


async def _http_ctx(app: web.Application):
    app["http"] = aiohttp.ClientSession(
        headers={"Authorization": f"Bearer {settings.CATALOG_API_TOKEN}"},
        timeout=aiohttp.ClientTimeout(total=5),
    )
    yield
    await app["http"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(_http_ctx)
    app.router.add_get("/products/{product_id}", get_product)
    return app
