# pattern: Flask image proxy with a urlsplit hostname allowlist, then requests.get with default redirects (register_image_proxy /img_proxy with ALLOWED_IMG_HOSTS in a public Flask app); flaw: line 25
from urllib.parse import urlsplit

import requests
from flask import Response, abort, request

ALLOWED_IMG_HOSTS = {
    "images.unsplash.com",
    "upload.wikimedia.org",
    "cdn.shopify.com",
}
MAX_IMAGE_BYTES = 8 * 1024 * 1024


def register_image_proxy(app):
    @app.get("/img_proxy")
    def img_proxy():
        url = request.args.get("url", "")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            abort(400, "invalid scheme")
        if parts.hostname not in ALLOWED_IMG_HOSTS:
            abort(403, "host not allowed")

        r = requests.get(url, timeout=(5, 10), stream=True)
        if r.status_code != 200:
            abort(502)
        content = r.raw.read(MAX_IMAGE_BYTES + 1, decode_content=True)
        if len(content) > MAX_IMAGE_BYTES:
            abort(413)
        return Response(content, content_type=r.headers.get("Content-Type", "application/octet-stream"))
