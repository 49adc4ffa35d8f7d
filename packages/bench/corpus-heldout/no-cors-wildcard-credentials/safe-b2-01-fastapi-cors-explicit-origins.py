# pattern: FastAPI CORSMiddleware with an explicit origins list and allow_credentials=True (kefirchk/CleanBuy src/urls.py; FastAPI CORS tutorial)
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.routers import accounts, invoices

ALLOWED_ORIGINS = [
    "https://app.ledgerly.io",
    "https://admin.ledgerly.io",
    "http://localhost:5173",
]

app = FastAPI(title="Ledgerly API")

app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST", "PUT", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
)

app.include_router(accounts.router, prefix="/api/accounts")
app.include_router(invoices.router, prefix="/api/invoices")
