# pattern: dual-verify HS256/RS256 migration bridge (public 'JWT Authentication Module - HS256 <-> RS256 Migration Bridge'), module-level PyJWT options in an aiohttp middleware; flaw: line 8
import jwt
from aiohttp import web

from config import settings

JWT_OPTIONS = {
    "algorithms": ["RS256", "HS256"],
    "audience": settings.JWT_AUDIENCE,
    "issuer": settings.JWT_ISSUER,
    "leeway": 30,
}


def _verification_key(token: str):
    alg = jwt.get_unverified_header(token).get("alg")
    if alg == "HS256":
        return settings.LEGACY_JWT_SECRET
    return settings.JWT_PUBLIC_KEY


@web.middleware
async def jwt_middleware(request: web.Request, handler):
    if request.path.startswith("/public/") or request.path == "/healthz":
        return await handler(request)
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        raise web.HTTPUnauthorized(text="missing bearer token")
    token = auth[len("Bearer "):]
    try:
        request["claims"] = jwt.decode(token, _verification_key(token), **JWT_OPTIONS)
    except jwt.PyJWTError:
        raise web.HTTPUnauthorized(text="invalid token")
    return await handler(request)


async def whoami(request: web.Request) -> web.Response:
    claims = request["claims"]
    return web.json_response({"sub": claims["sub"], "roles": claims.get("roles", [])})


def create_app() -> web.Application:
    app = web.Application(middlewares=[jwt_middleware])
    app.router.add_get("/api/whoami", whoami)
    return app
