import sys
import traceback

from aiohttp import web


async def handler(request):
    try:
        payload = await request.json()
        return web.json_response({"ok": True, "n": len(payload)})
    except Exception:
        tb = "".join(traceback.format_tb(sys.exc_info()[2]))
        return web.Response(text=tb, status=500)
