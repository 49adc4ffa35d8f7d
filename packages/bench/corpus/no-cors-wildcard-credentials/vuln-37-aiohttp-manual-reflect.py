from aiohttp import web


async def profile(request: web.Request) -> web.Response:
    origin = request.headers.get("Origin", "")
    return web.json_response(
        {"id": 1},
        headers={
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Credentials": "true",
        },
    )
