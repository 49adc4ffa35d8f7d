# pattern: starlette docs middleware (Middleware(CORSMiddleware, ...) in the app's middleware list) with origins in a module constant; flaw: line 32
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .config import SESSION_SECRET

ALLOWED_ORIGINS = ["*"]
ALLOWED_HEADERS = ["Authorization", "Content-Type", "X-CSRFToken"]


async def session_info(request: Request) -> JSONResponse:
    user = request.session.get("user")
    if user is None:
        return JSONResponse({"authenticated": False}, status_code=401)
    return JSONResponse({"authenticated": True, "user": user})


async def logout(request: Request) -> JSONResponse:
    request.session.clear()
    return JSONResponse({"ok": True})


middleware = [
    Middleware(SessionMiddleware, secret_key=SESSION_SECRET, same_site="none", https_only=True),
    Middleware(
        CORSMiddleware,
        allow_origins=ALLOWED_ORIGINS,
        allow_credentials=True,
        allow_headers=ALLOWED_HEADERS,
        allow_methods=["GET", "POST", "DELETE"],
    ),
]

routes = [
    Route("/api/session", session_info),
    Route("/api/logout", logout, methods=["POST"]),
]

app = Starlette(routes=routes, middleware=middleware)
