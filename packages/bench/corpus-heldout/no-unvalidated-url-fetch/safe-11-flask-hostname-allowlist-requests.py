# pattern: Flask fetch route with urlparse(url).hostname in ALLOWED_HOSTS (ALLOWED_SLACK_HOSTS post_to_slack idiom from code search) and requests without redirects
from urllib.parse import urlparse

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)

ALLOWED_HOSTS = {"api.github.com", "gitlab.com", "bitbucket.org"}


@app.get("/api/repo-meta")
def repo_meta():
    url = request.args.get("url", "").strip()
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        return jsonify({"error": "unsupported host"}), 400
    resp = requests.get(url, allow_redirects=False, timeout=5)
    return jsonify({"status": resp.status_code, "json": resp.json() if resp.ok else None})
