# pattern: FastAPI route choosing an upstream from a constant region map (only the key comes from the request)
from typing import Literal

import requests
from fastapi import FastAPI, HTTPException

REGION_ENDPOINTS = {
    "eu": "https://eu.api.statuspage-internal.example/v2/summary.json",
    "us": "https://us.api.statuspage-internal.example/v2/summary.json",
    "ap": "https://ap.api.statuspage-internal.example/v2/summary.json",
}

app = FastAPI()


@app.get("/status/{region}")
def region_status(region: Literal["eu", "us", "ap"]):
    upstream = REGION_ENDPOINTS.get(region)
    if upstream is None:
        raise HTTPException(status_code=404)
    resp = requests.get(upstream, timeout=5)
    resp.raise_for_status()
    summary = resp.json()
    return {"region": region, "indicator": summary["status"]["indicator"]}
