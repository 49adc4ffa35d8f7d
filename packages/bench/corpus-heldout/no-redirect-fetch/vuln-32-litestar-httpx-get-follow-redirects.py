# pattern: Litestar @get handler unfurling a link with httpx.get(url, follow_redirects=True) (kaopcy/temples-webscraper-backend app/libs/fetch.py); flaw: line 11
import httpx
from litestar import Litestar, get
from litestar.exceptions import HTTPException
from selectolax.parser import HTMLParser


@get("/unfurl", sync_to_thread=True)
def unfurl(url: str) -> dict:
    try:
        resp = httpx.get(url, follow_redirects=True, timeout=10)
    except httpx.HTTPError as exc:
        raise HTTPException(status_code=502, detail="fetch failed") from exc
    tree = HTMLParser(resp.text)

    def meta(prop: str):
        node = tree.css_first(f'meta[property="{prop}"]')
        return node.attributes.get("content") if node else None

    return {
        "url": str(resp.url),
        "title": meta("og:title"),
        "description": meta("og:description"),
        "image": meta("og:image"),
    }


app = Litestar(route_handlers=[unfurl])
