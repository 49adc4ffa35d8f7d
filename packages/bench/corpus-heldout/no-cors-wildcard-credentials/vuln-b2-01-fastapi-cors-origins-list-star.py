# pattern: FastAPI CORSMiddleware with allow_origins ['*'] and allow_credentials=True (MinhLam577/PBL04_DUT_DoAnHeDieuHanhVaMangMayTinh config/app.py, iulianag/disertatie raspberry_pi/app_management.py); flaw: line 16
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.api import auth, projects, users
from app.core.config import settings

ALLOWED_ORIGINS = ["*"]


def create_app() -> FastAPI:
    app = FastAPI(title=settings.PROJECT_NAME, version="1.4.0")

    app.add_middleware(
        CORSMiddleware,
        allow_origins=ALLOWED_ORIGINS,
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )

    app.include_router(auth.router, prefix="/api/auth")
    app.include_router(users.router, prefix="/api/users")
    app.include_router(projects.router, prefix="/api/projects")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app


app = create_app()
