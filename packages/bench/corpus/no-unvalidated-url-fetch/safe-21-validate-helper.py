from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
TRUSTED = frozenset({"hooks.slack.com", "discord.com"})


def is_trusted_url(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme == "https" and parsed.hostname in TRUSTED


@app.route("/notify", methods=["POST"])
def notify():
    target = request.form["webhook"]
    if not is_trusted_url(target):
        abort(400)
    requests.post(target, json={"text": "hello"}, timeout=5, allow_redirects=False)
    return "", 204
