# pattern: FastAPI @app.middleware("http") catch-all (catch_exceptions_middleware) returning JSONResponse with the exception text — flaw at line 22
import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from .routers import payments

logger = logging.getLogger("payments")

app = FastAPI()
app.include_router(payments.router)


@app.middleware("http")
async def catch_exceptions_middleware(request: Request, call_next):
    try:
        return await call_next(request)
    except Exception as exc:
        logger.exception("request failed")
        status_code = getattr(exc, "status_code", 500)
        return JSONResponse({"ok": False, "error": str(exc)}, status_code=status_code)
