# pattern: aiohttp docs "File Uploads" (request.multipart() / reader.next() / field.filename) — flaw at line 21
import os

from aiohttp import web

STORAGE_DIR = os.environ.get("STORAGE_DIR", "/srv/media/incoming")

routes = web.RouteTableDef()


@routes.post("/media")
async def store_media(request: web.Request) -> web.Response:
    reader = await request.multipart()

    field = await reader.next()
    if field is None or field.name != "media":
        raise web.HTTPBadRequest(text="expected a 'media' field")

    filename = field.filename
    size = 0
    with open(os.path.join(STORAGE_DIR, filename), "wb") as f:
        while True:
            chunk = await field.read_chunk()
            if not chunk:
                break
            size += len(chunk)
            f.write(chunk)

    return web.json_response({"stored": filename, "size": size}, status=201)


def setup(app: web.Application) -> None:
    app.add_routes(routes)
