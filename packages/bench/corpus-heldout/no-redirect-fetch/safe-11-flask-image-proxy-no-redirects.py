# pattern: Flask img_proxy with an ALLOWED_IMG_HOSTS urlsplit check (register_image_proxy idiom from code search) and requests.get(allow_redirects=False)
from urllib.parse import urlsplit

import requests
from flask import Blueprint, Response, abort, request

bp = Blueprint("media", __name__)

ALLOWED_IMG_HOSTS = {
    "images.unsplash.com",
    "cdn.shopify.com",
    "i.imgur.com",
}


@bp.get("/img_proxy")
def img_proxy():
    url = request.args.get("url", "")
    parsed = urlsplit(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_IMG_HOSTS:
        abort(400, "host not allowed")
    r = requests.get(url, timeout=(5, 10), allow_redirects=False)
    if r.status_code != 200:
        abort(502)
    return Response(r.content, content_type=r.headers.get("Content-Type", "image/jpeg"))
