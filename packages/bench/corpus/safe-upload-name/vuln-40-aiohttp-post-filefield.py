from aiohttp import web


async def handle(request: web.Request) -> web.Response:
    data = await request.post()
    upload = data["file"]
    with open("uploads/" + upload.filename, "wb") as out:
        out.write(upload.file.read())
    return web.Response(text="ok")
