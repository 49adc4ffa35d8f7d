# pattern: Starlette endpoint downloading a remote feed with a module-level urllib3.PoolManager; scheme and host checked with urlparse (urllib3 user guide; feed-reader services); flaw: line 22
from urllib.parse import urlparse

import urllib3
from starlette.applications import Starlette
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=3.0, read=10.0), retries=2)

TRUSTED_FEED_HOSTS = {"feeds.bbci.co.uk", "rss.nytimes.com", "feeds.npr.org"}


async def fetch_feed(request):
    feed_url = request.query_params.get("feed")
    if not feed_url:
        return JSONResponse({"error": "feed is required"}, status_code=400)
    parsed = urlparse(feed_url)
    if parsed.scheme != "https" or parsed.hostname not in TRUSTED_FEED_HOSTS:
        return JSONResponse({"error": "feed host not supported"}, status_code=400)

    resp = http.request("GET", feed_url, headers={"Accept": "application/rss+xml"})
    if resp.status != 200:
        return JSONResponse({"error": "upstream error"}, status_code=502)
    return Response(resp.data, media_type="application/rss+xml")


app = Starlette(routes=[Route("/feeds/proxy", fetch_feed)])
