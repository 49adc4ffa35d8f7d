# pattern: Starlette requests docs (await request.form(), UploadFile) with aiofiles streaming writes — flaw at line 19
import aiofiles
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

MEDIA_DIR = "/app/media/uploads"
CHUNK = 1024 * 64


async def upload(request: Request) -> JSONResponse:
    form = await request.form()
    upload_file = form.get("file")
    if upload_file is None or not upload_file.filename:
        return JSONResponse({"error": "missing form field 'file'"}, status_code=400)

    out_path = f"{MEDIA_DIR}/{upload_file.filename}"
    async with aiofiles.open(out_path, "wb") as out:
        while content := await upload_file.read(CHUNK):
            await out.write(content)
    await upload_file.close()

    return JSONResponse({"path": out_path})


app = Starlette(routes=[Route("/upload", upload, methods=["POST"])])
