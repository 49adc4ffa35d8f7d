# pattern: aiohttp_cors.setup with a per-origin ResourceOptions map (aiohttp-cors README usage)
import aiohttp_cors
from aiohttp import web

from .handlers import cart, checkout, profile

FRONTEND_ORIGIN = "https://shop.furniture-store.example"
STAFF_ORIGIN = "https://staff.furniture-store.example"


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/api/profile", profile)
    app.router.add_get("/api/cart", cart)
    app.router.add_post("/api/checkout", checkout)

    options = aiohttp_cors.ResourceOptions(
        allow_credentials=True,
        expose_headers=("X-Request-ID",),
        allow_headers=("Content-Type", "X-CSRF-Token"),
    )
    cors = aiohttp_cors.setup(app, defaults={FRONTEND_ORIGIN: options, STAFF_ORIGIN: options})
    for route in list(app.router.routes()):
        cors.add(route)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8080)
