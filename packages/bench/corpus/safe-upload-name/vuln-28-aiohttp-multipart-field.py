import os

from aiohttp import web


async def store(request: web.Request) -> web.Response:
    reader = await request.multipart()
    field = await reader.next()
    filename = field.filename
    with open(os.path.join("/data/uploads", filename), "wb") as f:
        while chunk := await field.read_chunk():
            f.write(chunk)
    return web.json_response({"stored": filename})
