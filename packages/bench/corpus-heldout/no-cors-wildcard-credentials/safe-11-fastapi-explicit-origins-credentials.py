# pattern: fastapi docs tutorial/cors explicit origins list with allow_credentials (kefirchk/CleanBuy src/urls.py)
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.api.routes import api_router
from app.core.config import settings

BACKEND_CORS_ORIGINS = [
    "https://app.example.com",
    "https://admin.example.com",
    "http://localhost:3000",
]

app = FastAPI(
    title=settings.PROJECT_NAME,
    openapi_url=f"{settings.API_V1_STR}/openapi.json",
)

app.add_middleware(
    CORSMiddleware,
    allow_origins=BACKEND_CORS_ORIGINS,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

app.include_router(api_router, prefix=settings.API_V1_STR)
