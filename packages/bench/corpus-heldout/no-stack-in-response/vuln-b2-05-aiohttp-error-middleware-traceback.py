# pattern: aiohttp @web.middleware catching exceptions and returning web.json_response with the formatted traceback (aiohttp middleware docs error_middleware example; public aiohttp APIs); flaw: line 22
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
    except Exception as ex:
        log.exception("request failed")
        return web.json_response(
            {
                "status": "error",
                "message": repr(ex),
                "trace": traceback.format_exception(type(ex), ex, ex.__traceback__),
            },
            status=500,
        )


async def get_report(request: web.Request) -> web.Response:
    report_id = int(request.match_info["report_id"])
    report = await request.app["reports"].load(report_id)
    return web.json_response(report)


def create_app(reports_repo) -> web.Application:
    app = web.Application(middlewares=[error_middleware])
    app["reports"] = reports_repo
    app.router.add_get("/reports/{report_id}", get_report)
    return app
