# pattern: aiohttp handler with an asyncpg pool: one $1 parameter plus an f-string value in the same query (asyncpg pool.acquire / conn.fetch usage in aiohttp apps); flaw: line 12
import asyncpg
from aiohttp import web

from config import DATABASE_URL


async def list_invoices(request: web.Request) -> web.Response:
    tenant_id = int(request.match_info["tenant_id"])
    status = request.query.get("status", "open")
    pool: asyncpg.Pool = request.app["db"]
    query = (
        "SELECT id, number, amount_cents, status FROM invoices "
        f"WHERE tenant_id = $1 AND status = '{status}' ORDER BY id DESC LIMIT 100"
    )
    async with pool.acquire() as conn:
        rows = await conn.fetch(query, tenant_id)
    return web.json_response([dict(r) for r in rows])


async def _db_ctx(app: web.Application):
    app["db"] = await asyncpg.create_pool(DATABASE_URL, min_size=1, max_size=10)
    yield
    await app["db"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(_db_ctx)
    app.router.add_get("/tenants/{tenant_id}/invoices", list_invoices)
    return app
