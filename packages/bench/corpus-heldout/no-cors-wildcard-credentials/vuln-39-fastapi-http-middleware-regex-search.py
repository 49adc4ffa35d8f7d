# pattern: FastAPI @app.middleware('http') hand-written CORS with re.search on the Origin (clusterfuzz allowed_cors regex idiom); flaw: line 19
import re

from fastapi import FastAPI, Request
from fastapi.responses import Response

app = FastAPI()

ORIGIN_PATTERN = re.compile(r"https://([a-z0-9-]+\.)?fleetdash\.io")


@app.middleware("http")
async def cors(request: Request, call_next):
    origin = request.headers.get("origin")
    if request.method == "OPTIONS":
        response = Response(status_code=204)
    else:
        response = await call_next(request)
    if origin and ORIGIN_PATTERN.search(origin):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = "GET,POST,PUT,DELETE,OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "authorization,content-type"
        response.headers["Vary"] = "Origin"
    return response


@app.get("/vehicles")
async def vehicles(request: Request):
    return {"account": request.cookies.get("account_id"), "vehicles": []}
