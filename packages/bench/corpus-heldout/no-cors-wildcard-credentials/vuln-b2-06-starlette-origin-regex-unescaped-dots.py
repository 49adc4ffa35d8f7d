# pattern: FastAPI/Starlette CORSMiddleware allow_origin_regex with allow_credentials=True (ai-learning-assistant-dev/ai-learning-assistant-rtc-backend src/api.py; Vercel-preview CORS configs); flaw: line 12
from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.auth import get_current_user
from app.routers import billing, dashboards

app = FastAPI(title="Northwind Analytics API")

app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://(app|admin|staging).northwind-analytics.com",
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
    max_age=600,
)

app.include_router(dashboards.router, prefix="/dashboards", dependencies=[Depends(get_current_user)])
app.include_router(billing.router, prefix="/billing", dependencies=[Depends(get_current_user)])


@app.get("/ping")
async def ping():
    return {"pong": True}
