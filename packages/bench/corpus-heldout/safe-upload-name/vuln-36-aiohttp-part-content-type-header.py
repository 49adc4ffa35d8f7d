# pattern: aiohttp multipart docs (part.headers[hdrs.CONTENT_TYPE] used to filter parts) — flaw at line 18
import secrets
from pathlib import Path

from aiohttp import hdrs, web

UPLOAD_ROOT = Path("/srv/shared/pdf")
ACCEPTED = {"application/pdf"}


async def upload_pdf(request: web.Request) -> web.Response:
    reader = await request.multipart()
    part = await reader.next()
    if part is None:
        raise web.HTTPBadRequest(text="empty body")

    declared = part.headers.get(hdrs.CONTENT_TYPE, "")
    if declared not in ACCEPTED:
        raise web.HTTPUnsupportedMediaType(text="PDF files only")

    token = secrets.token_urlsafe(16)
    dest = UPLOAD_ROOT / f"{token}.pdf"
    UPLOAD_ROOT.mkdir(parents=True, exist_ok=True)
    with dest.open("wb") as fh:
        while chunk := await part.read_chunk():
            fh.write(chunk)

    return web.json_response({"id": token}, status=201)


app = web.Application(client_max_size=20 * 1024 ** 2)
app.router.add_post("/pdf", upload_pdf)
