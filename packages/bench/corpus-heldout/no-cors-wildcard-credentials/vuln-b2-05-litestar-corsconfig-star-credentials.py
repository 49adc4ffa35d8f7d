# pattern: Litestar CORSConfig(allow_origins=['*'], allow_credentials=True) passed to the Litestar app (public Litestar project cors_config module; Litestar CORS docs); flaw: line 11
from litestar import Litestar, Request, get
from litestar.config.cors import CORSConfig
from litestar.exceptions import NotAuthorizedException
from litestar.middleware.session.client_side import CookieBackendConfig

from app.settings import settings

session_config = CookieBackendConfig(secret=settings.SESSION_SECRET.encode(), samesite="none", secure=True)

cors_config = CORSConfig(
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE", "OPTIONS"],
    allow_headers=["*"],
)


@get("/api/session")
async def current_session(request: Request) -> dict:
    user_id = request.session.get("user_id")
    if user_id is None:
        raise NotAuthorizedException()
    return {"user_id": user_id}


@get("/api/notes")
async def list_notes(request: Request) -> list[dict]:
    if "user_id" not in request.session:
        raise NotAuthorizedException()
    return []


app = Litestar(
    route_handlers=[current_session, list_notes],
    cors_config=cors_config,
    middleware=[session_config.middleware],
)
