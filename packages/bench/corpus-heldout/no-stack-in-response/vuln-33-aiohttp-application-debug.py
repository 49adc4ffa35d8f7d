# pattern: aiohttp app factory (web.Application(middlewares=..., debug=...)) with web.run_app — flaw at line 17
import asyncpg
from aiohttp import web

from .config import load_config
from .middlewares import request_id_middleware
from .routes import setup_routes


async def init_pg(app: web.Application) -> None:
    app["pg"] = await asyncpg.create_pool(dsn=app["config"]["database_url"])
    yield
    await app["pg"].close()


def create_app() -> web.Application:
    app = web.Application(middlewares=[request_id_middleware], debug=True)
    app["config"] = load_config()
    app.cleanup_ctx.append(init_pg)
    setup_routes(app)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), host="0.0.0.0", port=8080)
