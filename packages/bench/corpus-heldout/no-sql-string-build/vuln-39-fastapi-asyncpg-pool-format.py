# pattern: FastAPI with a shared asyncpg pool (get_async_pool helper) and pool.fetchrow on a .format()-built query — flaw at line 22
import asyncpg
from fastapi import FastAPI, HTTPException

from .settings import get_settings

app = FastAPI()
_pool: asyncpg.Pool | None = None


async def get_pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(dsn=get_settings().database_url, min_size=1, max_size=10)
    return _pool


@app.get("/posts/{slug}")
async def read_post(slug: str):
    pool = await get_pool()
    query = "SELECT id, slug, title, body, published_at FROM posts WHERE slug = '{}' AND published".format(slug)
    row = await pool.fetchrow(query)
    if row is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return dict(row)
