from starlette.requests import Request
from starlette.responses import JSONResponse


async def upload(request: Request):
    form = await request.form()
    upload_file = form["file"]
    contents = await upload_file.read()
    with open("uploads/" + upload_file.filename, "wb") as f:
        f.write(contents)
    return JSONResponse({"ok": True})
