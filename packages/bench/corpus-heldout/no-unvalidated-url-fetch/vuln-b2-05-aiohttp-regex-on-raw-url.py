# pattern: aiohttp handler validating an S3 object URL with a regex on the raw string before ClientSession.get (pre-signed S3 URL import handlers); flaw: line 17
import re

import aiohttp
from aiohttp import web

S3_URL_RE = re.compile(r"https://[\w.-]+\.s3\.amazonaws\.com")


async def import_dataset(request: web.Request) -> web.Response:
    body = await request.json()
    source = body.get("source_url", "")
    if not S3_URL_RE.match(source):
        raise web.HTTPBadRequest(text="source_url must be an S3 object URL")

    session: aiohttp.ClientSession = request.app["http"]
    async with session.get(source, allow_redirects=False) as resp:
        if resp.status != 200:
            raise web.HTTPBadGateway(text="could not download dataset")
        payload = await resp.read()

    dataset_id = await request.app["datasets"].store(payload, owner=request["user_id"])
    return web.json_response({"dataset_id": dataset_id, "bytes": len(payload)}, status=201)


def setup_routes(app: web.Application) -> None:
    app.router.add_post("/datasets/import", import_dataset)
