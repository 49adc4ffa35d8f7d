import httpx
from starlette.responses import Response


async def download(request):
    form = await request.form()
    url = form["url"]
    chunks = []
    async with httpx.AsyncClient() as client:
        async with client.stream("GET", url) as upstream:
            async for chunk in upstream.aiter_bytes():
                chunks.append(chunk)
    return Response(b"".join(chunks), media_type="application/octet-stream")
