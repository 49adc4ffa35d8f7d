# pattern: aiohttp_cors.setup(app, defaults={'*': ResourceOptions(allow_credentials=True, ...)}) (Glstnd/Furniture-website app/web/cors.py, bogonets/answer http_cors.py); flaw: line 15
import aiohttp_cors
from aiohttp import web

from .handlers import cart, checkout, profile


def setup_routes(app: web.Application) -> None:
    app.router.add_get("/api/profile", profile)
    app.router.add_get("/api/cart", cart)
    app.router.add_post("/api/checkout", checkout)


def setup_cors(app: web.Application) -> aiohttp_cors.CorsConfig:
    cors = aiohttp_cors.setup(
        app,
        defaults={
            "*": aiohttp_cors.ResourceOptions(
                allow_credentials=True,
                expose_headers="*",
                allow_headers="*",
            )
        },
    )
    for route in list(app.router.routes()):
        cors.add(route)
    return cors


def create_app() -> web.Application:
    app = web.Application()
    setup_routes(app)
    setup_cors(app)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8080)
