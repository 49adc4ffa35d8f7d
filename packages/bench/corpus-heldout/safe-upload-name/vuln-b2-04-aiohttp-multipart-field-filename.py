# pattern: aiohttp handler reading request.multipart() and writing each part to UPLOAD_DIR/field.filename (aiohttp docs 'File Uploads' store_mp3_handler / multipart reader); flaw: line 17
import os

from aiohttp import web

UPLOAD_DIR = os.environ.get("UPLOAD_DIR", "/var/lib/audiohub/uploads")


async def store_track(request: web.Request) -> web.Response:
    reader = await request.multipart()
    field = await reader.next()
    if field is None or field.name != "track":
        raise web.HTTPBadRequest(text="expected a 'track' field")

    filename = field.filename
    size = 0
    with open(os.path.join(UPLOAD_DIR, filename), "wb") as f:
        while True:
            chunk = await field.read_chunk()
            if not chunk:
                break
            size += len(chunk)
            f.write(chunk)

    return web.json_response({"filename": filename, "size": size}, status=201)


def create_app() -> web.Application:
    app = web.Application(client_max_size=200 * 1024 * 1024)
    app.router.add_post("/tracks", store_track)
    return app
