# pattern: urllib.request build_opener with an HTTPRedirectHandler subclass that refuses redirects (python docs urllib.request), behind a FastAPI route with a host allowlist
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException
from fastapi.responses import Response

FEED_HOSTS = frozenset({"feeds.bbci.co.uk", "rss.nytimes.com", "www.theguardian.com"})


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


opener = urllib.request.build_opener(NoRedirect)
app = FastAPI()


@app.get("/feeds/raw")
def raw_feed(url: str):
    if urlsplit(url).hostname not in FEED_HOSTS:
        raise HTTPException(status_code=400, detail="unknown feed host")
    try:
        with opener.open(url, timeout=10) as resp:
            return Response(content=resp.read(), media_type="application/rss+xml")
    except urllib.error.HTTPError as exc:
        raise HTTPException(status_code=502, detail=f"feed returned {exc.code}")
