# pattern: Flask proxy comparing urlsplit(url).hostname against a set of allowed hosts before requests.get (register_image_proxy with ALLOWED_IMG_HOSTS in a public Flask app)
from urllib.parse import urlsplit

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)

ALLOWED_HOSTS = {"data.corpus-nummorum.eu", "picsum.photos"}


@app.get("/img_proxy")
def img_proxy():
    url = request.args.get("url", "")
    parsed = urlsplit(url)
    if parsed.scheme not in ("http", "https"):
        abort(400, "invalid scheme")
    if parsed.hostname not in ALLOWED_HOSTS:
        abort(403, "host not allowed")
    r = requests.get(url, timeout=(5, 10), allow_redirects=False)
    if r.status_code != 200:
        abort(502)
    return Response(r.content, content_type=r.headers.get("Content-Type", "image/jpeg"))
