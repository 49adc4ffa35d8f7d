# pattern: fastapi docs tutorial/cors wildcard origins for a public read-only API
from fastapi import FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware

from .data import search_stations

app = FastAPI(title="open-transit-data")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["*"],
)


@app.get("/v1/stations")
def stations(q: str = Query("", max_length=64), limit: int = Query(20, le=100)):
    return {"results": search_stations(q, limit)}
