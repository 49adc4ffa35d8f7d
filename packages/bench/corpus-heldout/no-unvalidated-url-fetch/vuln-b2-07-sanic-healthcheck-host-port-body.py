# pattern: Sanic monitoring endpoint building f'http://{host}:{port}/health' from the JSON body and calling it with httpx.AsyncClient (uptime-check services); flaw: line 22
import time

import httpx
from sanic import Sanic
from sanic.response import json

app = Sanic("uptime")


@app.post("/checks/run")
async def run_check(request):
    host = request.json.get("host")
    port = int(request.json.get("port", 80))
    path = request.json.get("path", "/health")
    if not host:
        return json({"error": "host is required"}, status=400)

    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=3.0) as client:
        try:
            resp = await client.get(f"http://{host}:{port}{path}")
            up = resp.status_code < 500
            code = resp.status_code
        except httpx.HTTPError:
            up, code = False, None
    return json({"up": up, "status": code, "latency_ms": round((time.perf_counter() - started) * 1000, 1)})
