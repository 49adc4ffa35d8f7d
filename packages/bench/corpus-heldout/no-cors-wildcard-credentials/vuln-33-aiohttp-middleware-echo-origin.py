# pattern: hand-written aiohttp CORS middleware echoing request Origin (gistable/gistable all-gists/919a64d6 snippet.py); flaw: line 19
from aiohttp import web

ALLOWED_HEADERS = ",".join(
    (
        "content-type",
        "accept",
        "origin",
        "authorization",
        "x-requested-with",
        "x-csrftoken",
    )
)


def set_cors_headers(request: web.Request, response: web.StreamResponse) -> web.StreamResponse:
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Vary"] = "Origin"
    response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, DELETE, OPTIONS"
    response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
    return response


@web.middleware
async def cors_middleware(request: web.Request, handler):
    if request.method == "OPTIONS":
        return set_cors_headers(request, web.Response())
    response = await handler(request)
    return set_cors_headers(request, response)


async def me(request: web.Request) -> web.Response:
    session_id = request.cookies.get("sid")
    user = await request.app["sessions"].lookup(session_id)
    if user is None:
        raise web.HTTPUnauthorized()
    return web.json_response({"id": user.id, "email": user.email})


def create_app() -> web.Application:
    app = web.Application(middlewares=[cors_middleware])
    app.router.add_get("/api/me", me)
    return app
