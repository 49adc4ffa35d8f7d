import sentry_sdk
from fastapi import FastAPI, HTTPException

from .service import compute

app = FastAPI()


@app.get("/compute")
def run():
    try:
        return compute()
    except Exception as exc:
        event_id = sentry_sdk.capture_exception(exc)
        raise HTTPException(status_code=500, detail=f"internal error, reference {event_id}")
