import aiohttp_cors
from aiohttp import web


async def handler(request):
    return web.json_response({"ok": True})


app = web.Application()
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
cors.add(app.router.add_get("/", handler))
