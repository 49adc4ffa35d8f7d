# pattern: aiohttp_cors.setup with defaults {'*': ResourceOptions(allow_credentials=True, ...)} (Glstnd/Furniture-website Backend/services/furniture/app/web/cors.py, bogonets/answer core/recc/http/http_cors.py); flaw: line 26
import aiohttp_cors
from aiohttp import web
from aiohttp_session import get_session, setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from config import settings


async def get_profile(request: web.Request) -> web.Response:
    session = await get_session(request)
    if "user_id" not in session:
        raise web.HTTPUnauthorized()
    return web.json_response({"user_id": session["user_id"], "name": session.get("name")})


async def get_orders(request: web.Request) -> web.Response:
    session = await get_session(request)
    if "user_id" not in session:
        raise web.HTTPUnauthorized()
    return web.json_response({"orders": []})


def setup_cors(app: web.Application) -> None:
    cors = aiohttp_cors.setup(app, defaults={
        "*": aiohttp_cors.ResourceOptions(
            allow_credentials=True,
            expose_headers="*",
            allow_headers="*",
        )
    })
    for route in list(app.router.routes()):
        cors.add(route)


def create_app() -> web.Application:
    app = web.Application()
    setup_session(app, EncryptedCookieStorage(settings.SESSION_KEY))
    app.router.add_get("/api/profile", get_profile)
    app.router.add_get("/api/orders", get_orders)
    setup_cors(app)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8080)
