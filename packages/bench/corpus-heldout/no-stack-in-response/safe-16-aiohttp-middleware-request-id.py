# pattern: aiohttp handle_exceptions middleware (log unexpected exceptions, return a generic JSON message)
import logging
import uuid

from aiohttp import web

log = logging.getLogger(__name__)


@web.middleware
async def error_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception:
        error_id = uuid.uuid4().hex[:12]
        log.exception("unhandled error %s on %s %s", error_id, request.method, request.path)
        return web.json_response(
            {"status": "error", "message": "internal server error", "error_id": error_id},
            status=500,
        )


def create_app() -> web.Application:
    from .routes import setup_routes

    app = web.Application(middlewares=[error_middleware])
    setup_routes(app)
    return app
