import traceback

from aiohttp import web


@web.middleware
async def error_middleware(request, handler):
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception:
        return web.json_response({"error": traceback.format_exc()}, status=500)
