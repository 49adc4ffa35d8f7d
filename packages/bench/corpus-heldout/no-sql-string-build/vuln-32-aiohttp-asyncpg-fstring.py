# pattern: aiohttp handler using an asyncpg pool stored on the app (edwlad/async_aiohttp_sql items.py shape) — flaw at line 16
import functools
import json

from aiohttp import web

routes = web.RouteTableDef()
json_dumps = functools.partial(json.dumps, default=str)


@routes.get("/articles")
async def articles_by_tag(request: web.Request) -> web.Response:
    tag = request.query.get("tag", "")
    pool = request.app["pool"]
    async with pool.acquire() as conn:
        rows = await conn.fetch(
            f"SELECT a.id, a.title, a.published_at FROM articles a "
            f"JOIN article_tags t ON t.article_id = a.id WHERE t.tag = '{tag}' "
            f"ORDER BY a.published_at DESC LIMIT 25"
        )
    return web.json_response([dict(r) for r in rows], dumps=json_dumps)
