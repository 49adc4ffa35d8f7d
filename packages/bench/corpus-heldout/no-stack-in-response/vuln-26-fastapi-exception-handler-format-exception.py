# pattern: FastAPI app.exception_handler(Exception) (jnsougata/discohook errors.py traceback.format_exception in JSONResponse) — flaw at line 23
import logging
import traceback

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from .routers import items, users

logger = logging.getLogger(__name__)

app = FastAPI(title="inventory")
app.include_router(items.router)
app.include_router(users.router)


@app.exception_handler(Exception)
async def unhandled_exception_handler(request: Request, exc: Exception) -> JSONResponse:
    logger.exception("unhandled error on %s", request.url.path)
    frames = traceback.format_exception(type(exc), exc, exc.__traceback__)
    return JSONResponse(
        status_code=500,
        content={"detail": "Internal Server Error", "traceback": frames},
    )
