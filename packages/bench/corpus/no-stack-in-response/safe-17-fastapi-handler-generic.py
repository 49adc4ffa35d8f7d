import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
logger = logging.getLogger("api")


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    error_id = uuid.uuid4().hex
    logger.error("error %s", error_id, exc_info=exc)
    return JSONResponse(status_code=500, content={"detail": "Internal error", "error_id": error_id})
