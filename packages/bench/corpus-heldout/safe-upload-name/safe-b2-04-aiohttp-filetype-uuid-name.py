# pattern: aiohttp multipart handler detecting the type with filetype.guess on the first bytes and writing to a uuid4 name, logging the client filename (filetype package docs; aiohttp multipart reader)
import logging
import os
import uuid

import filetype
from aiohttp import web

log = logging.getLogger(__name__)
UPLOAD_DIR = os.environ.get("UPLOAD_DIR", "/var/lib/receipts")
ALLOWED = {"pdf", "png", "jpg"}


async def upload_receipt(request: web.Request) -> web.Response:
    reader = await request.multipart()
    part = await reader.next()
    if part is None or part.name != "receipt":
        raise web.HTTPBadRequest(text="expected a 'receipt' part")

    data = await part.read(decode=False)
    kind = filetype.guess(data[:261])
    if kind is None or kind.extension not in ALLOWED:
        raise web.HTTPUnsupportedMediaType(text="receipt must be a PDF, PNG or JPEG")

    stored = f"{uuid.uuid4()}.{kind.extension}"
    with open(os.path.join(UPLOAD_DIR, stored), "wb") as f:
        f.write(data)
    log.info("stored receipt %s (client name %r)", stored, part.filename)
    return web.json_response({"id": stored}, status=201)


def setup_routes(app: web.Application) -> None:
    app.router.add_post("/receipts", upload_receipt)
