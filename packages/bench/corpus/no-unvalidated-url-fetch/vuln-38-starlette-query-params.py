from urllib.request import Request, urlopen

from starlette.responses import PlainTextResponse


async def fetch_title(request):
    page = request.query_params["page"]
    req = Request(page, headers={"User-Agent": "title-bot"})
    html = urlopen(req, timeout=5).read().decode("utf-8", "replace")
    start = html.find("<title>")
    return PlainTextResponse(html[start + 7 : html.find("</title>")] if start >= 0 else "")
