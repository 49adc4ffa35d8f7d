# pattern: FastAPI CORSMiddleware with an origins list (fastapi docs tutorial/cors) extended for a desktop shell; flaw: line 17
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .api import router

WEB_ORIGINS = [
    "https://notes.example.org",
    "http://localhost:5173",
]
DESKTOP_ORIGINS = ["null"]

app = FastAPI(title="notes-api")

app.add_middleware(
    CORSMiddleware,
    allow_origins=WEB_ORIGINS + DESKTOP_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

app.include_router(router, prefix="/api")
