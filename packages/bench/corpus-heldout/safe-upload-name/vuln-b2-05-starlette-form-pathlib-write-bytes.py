# pattern: Starlette endpoint using await request.form() and Path(UPLOAD_DIR) / upload.filename with write_bytes (Starlette requests docs, request.form() with UploadFile); flaw: line 17
from pathlib import Path

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

UPLOAD_DIR = Path(__file__).parent / "attachments"


async def upload_attachment(request):
    async with request.form(max_files=1) as form:
        upload = form.get("attachment")
        if upload is None or not upload.filename:
            return JSONResponse({"error": "attachment is required"}, status_code=400)
        target = UPLOAD_DIR / upload.filename
        target.write_bytes(await upload.read())
    return JSONResponse({"stored": target.name, "size": target.stat().st_size}, status_code=201)


app = Starlette(routes=[Route("/attachments", upload_attachment, methods=["POST"])])
