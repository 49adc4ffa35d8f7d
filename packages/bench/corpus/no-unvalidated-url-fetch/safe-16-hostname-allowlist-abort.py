from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"api.partner.example", "cdn.partner.example"}


@app.route("/preview")
def preview():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    page = requests.get(url, timeout=5, allow_redirects=False)
    return {"status": page.status_code}
