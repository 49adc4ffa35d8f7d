from fastapi import FastAPI
from fastapi.responses import JSONResponse

from .db import fetch_orders

app = FastAPI()


@app.get("/orders")
async def orders():
    try:
        return await fetch_orders()
    except Exception as exc:
        return JSONResponse(status_code=500, content={"error": repr(exc)})
