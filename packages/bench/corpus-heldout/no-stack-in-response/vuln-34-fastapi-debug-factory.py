# pattern: FastAPI create_app factory (FastAPI(title=..., debug=...)) with routers and CORS-free setup — flaw at line 14
from fastapi import FastAPI

from app.api.v1 import api_router
from app.core.config import settings
from app.db.session import engine


def create_app() -> FastAPI:
    application = FastAPI(
        title=settings.PROJECT_NAME,
        version="1.4.0",
        openapi_url=f"{settings.API_V1_STR}/openapi.json",
        debug=True,
    )
    application.include_router(api_router, prefix=settings.API_V1_STR)

    @application.on_event("shutdown")
    async def dispose_engine() -> None:
        await engine.dispose()

    return application


app = create_app()
