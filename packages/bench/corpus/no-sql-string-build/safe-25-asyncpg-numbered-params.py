import asyncpg
from aiohttp import web


async def ticket_view(request):
    ticket = request.match_info["ticket"]
    pool: asyncpg.Pool = request.app["pool"]
    async with pool.acquire() as conn:
        row = await conn.fetchrow("SELECT subject, state FROM tickets WHERE ref = $1", ticket)
    return web.json_response(dict(row) if row else {})
