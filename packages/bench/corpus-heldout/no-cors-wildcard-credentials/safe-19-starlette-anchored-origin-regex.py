# pattern: FastAPI/Starlette allow_origin_regex for Vercel preview deployments, anchored and escaped (VERCEL_PREVIEW_REGEX idiom from code search)
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import boards

PRODUCTION_ORIGINS = [o.strip() for o in os.getenv("ALLOWED_ORIGINS", "https://kanban.example.app").split(",") if o.strip()]
PREVIEW_ORIGIN_REGEX = r"^https://kanban-[a-z0-9-]+-acme-team\.vercel\.app$"

app = FastAPI()

app.add_middleware(
    CORSMiddleware,
    allow_origins=PRODUCTION_ORIGINS,
    allow_origin_regex=PREVIEW_ORIGIN_REGEX,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

app.include_router(boards.router, prefix="/boards")
