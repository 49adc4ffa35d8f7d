# pattern: Starlette BaseHTTPMiddleware with python-jose jwt.decode options (verify_signature off) storing tenant on request.state; flaw: line 23
from jose import JWTError, jwt
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .repository import invoices_for_tenant


class TenantContextMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        request.state.user_id = None
        request.state.tenant = None
        token = request.cookies.get("access_token")
        if token:
            try:
                claims = jwt.decode(
                    token,
                    key="",
                    options={"verify_signature": False, "verify_aud": False, "verify_exp": True},
                )
            except JWTError:
                return JSONResponse({"detail": "invalid session"}, status_code=401)
            request.state.user_id = claims["sub"]
            request.state.tenant = claims["tenant"]
        return await call_next(request)


async def list_invoices(request: Request) -> JSONResponse:
    if request.state.tenant is None:
        return JSONResponse({"detail": "login required"}, status_code=401)
    rows = await invoices_for_tenant(request.state.tenant)
    return JSONResponse({"tenant": request.state.tenant, "invoices": rows})


app = Starlette(
    routes=[Route("/invoices", list_invoices)],
    middleware=[Middleware(TenantContextMiddleware)],
)
