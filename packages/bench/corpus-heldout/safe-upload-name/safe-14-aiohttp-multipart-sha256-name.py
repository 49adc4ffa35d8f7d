# pattern: aiohttp multipart reader (reader.next(), field.read_chunk()) writing content-addressed files; filename kept as metadata
import hashlib
import json
import os
import tempfile

from aiohttp import web

STORAGE_DIR = os.environ.get("STORAGE_DIR", "/srv/media/blobs")

routes = web.RouteTableDef()


@routes.post("/media")
async def store_media(request: web.Request) -> web.Response:
    reader = await request.multipart()
    field = await reader.next()
    if field is None or field.name != "media":
        raise web.HTTPBadRequest(text="expected a 'media' field")

    original_name = field.filename or "unnamed"
    digest = hashlib.sha256()
    fd, tmp_path = tempfile.mkstemp(dir=STORAGE_DIR)
    with os.fdopen(fd, "wb") as f:
        while chunk := await field.read_chunk():
            digest.update(chunk)
            f.write(chunk)

    blob_id = digest.hexdigest()
    os.replace(tmp_path, os.path.join(STORAGE_DIR, blob_id))
    with open(os.path.join(STORAGE_DIR, blob_id + ".json"), "w") as meta:
        json.dump({"name": original_name}, meta)

    return web.json_response({"id": blob_id, "name": original_name}, status=201)


def setup(app: web.Application) -> None:
    app.add_routes(routes)
