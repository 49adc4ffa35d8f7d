# pattern: litestar.config.cors.CORSConfig with explicit allow_origins (Sprint-Log/sprintlog-backend src/app/lib/cors.py)
from litestar import Litestar, Request, get
from litestar.config.cors import CORSConfig
from litestar.middleware.session.client_side import CookieBackendConfig

from .settings import settings

session_config = CookieBackendConfig(secret=settings.session_secret, samesite="none", secure=True)

cors_config = CORSConfig(
    allow_origins=["https://sprintlog.example.dev", "http://127.0.0.1:5173"],
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE", "OPTIONS"],
    allow_headers=["*"],
)


@get("/api/me")
async def me(request: Request) -> dict:
    user = request.session.get("user")
    return {"user": user}


app = Litestar(
    route_handlers=[me],
    cors_config=cors_config,
    middleware=[session_config.middleware],
)
