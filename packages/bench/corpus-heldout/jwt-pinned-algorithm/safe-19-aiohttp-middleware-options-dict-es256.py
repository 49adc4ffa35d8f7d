# pattern: aiohttp web.middleware auth with PyJWT options kept in a module-level dict
import jwt
from aiohttp import web

from .config import JWT_AUDIENCE, JWT_PUBLIC_KEY

DECODE_OPTIONS = {
    "algorithms": ["ES256"],
    "audience": JWT_AUDIENCE,
    "leeway": 30,
}

PUBLIC_PATHS = frozenset({"/healthz", "/metrics"})


@web.middleware
async def auth_middleware(request: web.Request, handler):
    if request.path in PUBLIC_PATHS:
        return await handler(request)
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        raise web.HTTPUnauthorized(text="missing bearer token")
    try:
        request["claims"] = jwt.decode(auth[7:], JWT_PUBLIC_KEY, **DECODE_OPTIONS)
    except jwt.PyJWTError:
        raise web.HTTPUnauthorized(text="invalid token")
    return await handler(request)


async def whoami(request: web.Request) -> web.Response:
    claims = request["claims"]
    return web.json_response({"sub": claims["sub"], "scope": claims.get("scope", "")})


def create_app() -> web.Application:
    app = web.Application(middlewares=[auth_middleware])
    app.router.add_get("/whoami", whoami)
    return app
