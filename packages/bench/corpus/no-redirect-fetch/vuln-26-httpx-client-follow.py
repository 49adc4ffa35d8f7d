import httpx
from fastapi import FastAPI
from fastapi.responses import Response

app = FastAPI()

client = httpx.Client(follow_redirects=True, timeout=10.0)


@app.get("/download")
def download(url: str):
    upstream = client.get(url)
    return Response(content=upstream.content, media_type=upstream.headers.get("content-type"))
