# pattern: FastAPI CORSMiddleware options kept in a dict (cors_middleware_config idiom from code search) with allow_origin_regex for preview subdomains; flaw: line 8
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import billing, projects, users

CORS_SETTINGS = {
    "allow_origin_regex": r"https://[a-z0-9-]+.acme-cloud\.com",
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PUT", "PATCH", "DELETE"],
    "allow_headers": ["Authorization", "Content-Type"],
    "expose_headers": ["X-Request-ID"],
}


def create_app() -> FastAPI:
    app = FastAPI(title="acme-cloud-api")
    app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
    app.include_router(users.router, prefix="/users")
    app.include_router(projects.router, prefix="/projects")
    app.include_router(billing.router, prefix="/billing")
    return app


app = create_app()
