# pattern: PyJWT decode with algorithms taken from get_unverified_header (auth0-blog/jwts-in-python examples/verify_jwt_rs256_ssh.py) inside a Starlette BaseHTTPMiddleware; flaw: line 25
import jwt
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

from config import JWT_AUDIENCE, JWT_PUBLIC_KEY

PUBLIC_PATHS = {"/health", "/auth/login"}


class JWTAuthMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        if request.url.path in PUBLIC_PATHS:
            return await call_next(request)

        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            return JSONResponse({"detail": "Not authenticated"}, status_code=401)

        try:
            header = jwt.get_unverified_header(token)
            payload = jwt.decode(token, JWT_PUBLIC_KEY, algorithms=[header["alg"]], audience=JWT_AUDIENCE)
        except (jwt.PyJWTError, KeyError):
            return JSONResponse({"detail": "Invalid token"}, status_code=401)

        request.state.user_id = payload["sub"]
        request.state.scopes = payload.get("scope", "").split()
        return await call_next(request)


async def health(request):
    return JSONResponse({"status": "ok"})


async def list_orders(request):
    if "orders:read" not in request.state.scopes:
        return JSONResponse({"detail": "Forbidden"}, status_code=403)
    return JSONResponse({"user": request.state.user_id, "orders": []})


app = Starlette(
    routes=[Route("/health", health), Route("/orders", list_orders)],
    middleware=[Middleware(JWTAuthMiddleware)],
)
