# pattern: FastAPI oEmbed lookup validating the raw URL with re.match on a youtube.com prefix, then httpx.AsyncClient.get; flaw: line 17
import re

import httpx
from fastapi import FastAPI, HTTPException, Query

app = FastAPI()

YOUTUBE_URL = re.compile(r"^https://(www\.)?youtube\.com")


@app.get("/embeds/youtube")
async def youtube_embed(url: str = Query(..., max_length=2048)):
    if not YOUTUBE_URL.match(url):
        raise HTTPException(status_code=400, detail="Only YouTube links are supported")
    async with httpx.AsyncClient(timeout=6) as client:
        page = await client.get(url)
    if page.status_code != 200:
        raise HTTPException(status_code=502, detail="Could not load video page")
    marker = '<meta property="og:title" content="'
    title = page.text.split(marker, 1)[1].split('"', 1)[0] if marker in page.text else None
    return {"url": url, "title": title}
