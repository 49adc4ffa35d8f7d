# pattern: aiohttp + asyncpg pool with $1 placeholders (db_fetch(pool, sql_statement, *args) helper)
import functools
import json

from aiohttp import web

routes = web.RouteTableDef()
json_dumps = functools.partial(json.dumps, default=str)


async def db_fetch(pool, sql_statement, *args):
    async with pool.acquire() as connection:
        return await connection.fetch(sql_statement, *args)


@routes.get("/articles")
async def articles_by_tag(request: web.Request) -> web.Response:
    tag = request.query.get("tag", "")
    limit = min(int(request.query.get("limit", 25)), 100)
    rows = await db_fetch(
        request.app["pool"],
        "SELECT a.id, a.title, a.published_at FROM articles a "
        "JOIN article_tags t ON t.article_id = a.id WHERE t.tag = $1 "
        "ORDER BY a.published_at DESC LIMIT $2",
        tag,
        limit,
    )
    return web.json_response([dict(r) for r in rows], dumps=json_dumps)
