# pattern: Flask image proxy with a hostname allowlist and requests.get(..., allow_redirects=False) (register_image_proxy /img_proxy in a public Flask app; requests docs on redirection)
from urllib.parse import urlsplit

import requests
from flask import Blueprint, Response, abort, request

media_bp = Blueprint("media", __name__)

ALLOWED_IMG_HOSTS = {"images.unsplash.com", "upload.wikimedia.org"}


@media_bp.get("/media/proxy")
def proxy_media():
    url = request.args.get("url", "")
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_IMG_HOSTS:
        abort(400, "host not allowed")
    r = requests.get(url, timeout=(5, 10), allow_redirects=False)
    if r.status_code != 200:
        abort(502)
    return Response(r.content, content_type=r.headers.get("Content-Type", "application/octet-stream"))
