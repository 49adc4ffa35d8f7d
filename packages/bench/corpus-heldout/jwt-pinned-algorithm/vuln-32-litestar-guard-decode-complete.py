# pattern: Litestar guard (litestar docs security/guards) calling PyJWT jwt.decode_complete; flaw: line 16
import jwt
from litestar import Litestar, Request, get
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException
from litestar.handlers.base import BaseRouteHandler

from app.config import settings


def _claims_from(connection: ASGIConnection) -> dict:
    header = connection.headers.get("authorization", "")
    if not header.lower().startswith("bearer "):
        raise NotAuthorizedException()
    try:
        decoded = jwt.decode_complete(header[7:], settings.jwt_signing_key)
    except jwt.PyJWTError as exc:
        raise NotAuthorizedException() from exc
    return decoded["payload"]


def require_staff(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    claims = _claims_from(connection)
    if "staff" not in claims.get("roles", []):
        raise NotAuthorizedException("staff only")
    connection.scope.setdefault("state", {})["claims"] = claims


@get("/admin/audit-log", guards=[require_staff])
async def audit_log(request: Request) -> dict:
    claims = request.scope["state"]["claims"]
    return {"viewer": claims["sub"], "entries": []}


app = Litestar(route_handlers=[audit_log])
