# pattern: aiohttp error_middleware (web.middleware catching Exception, web.json_response(..., status=500)) — flaw at line 23
import logging
import traceback

from aiohttp import web

log = logging.getLogger(__name__)


@web.middleware
async def error_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception:
        log.exception("unhandled error")
        payload = {
            "status": "error",
            "message": "internal server error",
            "trace": traceback.format_exc().splitlines(),
        }
        return web.json_response(payload, status=500)


def create_app() -> web.Application:
    from .routes import setup_routes

    app = web.Application(middlewares=[error_middleware])
    setup_routes(app)
    return app
