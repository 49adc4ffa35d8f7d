# pattern: FastAPI exception handler that adds the traceback only when the environment is development (traceback_json_response gated on DEBUG_TRACEBACK in a public FastAPI API helper)
import logging
import traceback

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.core.config import settings

logger = logging.getLogger(__name__)


def register_exception_handlers(app: FastAPI) -> None:
    @app.exception_handler(Exception)
    async def unhandled_exception(request: Request, exc: Exception):
        logger.exception("Unhandled error on %s", request.url.path)
        body = {"detail": "Internal Server Error"}
        if settings.ENVIRONMENT == "development":
            body["exception"] = repr(exc)
            body["traceback"] = traceback.format_exception(type(exc), exc, exc.__traceback__)
        return JSONResponse(status_code=500, content=body)
