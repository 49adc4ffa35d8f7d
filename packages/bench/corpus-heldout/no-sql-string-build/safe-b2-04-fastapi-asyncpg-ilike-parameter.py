# pattern: asyncpg $1/$2 placeholders with an f-string building the ILIKE pattern value, not the SQL (asyncpg fetch(query, *args) helpers in FastAPI backends)
import asyncpg
from fastapi import Depends, FastAPI, Query, Request

from app.config import DATABASE_URL

app = FastAPI()


async def get_pool(request: Request) -> asyncpg.Pool:
    return request.app.state.pool


@app.on_event("startup")
async def startup():
    app.state.pool = await asyncpg.create_pool(DATABASE_URL)


@app.get("/customers/search")
async def search_customers(
    q: str = Query(..., min_length=2),
    limit: int = Query(20, le=100),
    pool: asyncpg.Pool = Depends(get_pool),
):
    pattern = f"%{q}%"
    rows = await pool.fetch(
        "SELECT id, full_name, email FROM customers "
        "WHERE full_name ILIKE $1 OR email ILIKE $1 ORDER BY full_name LIMIT $2",
        pattern,
        limit,
    )
    return [dict(r) for r in rows]
