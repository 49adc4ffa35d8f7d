# pattern: Flask helper _is_allowed(url) comparing the parsed hostname to a frozenset, then urllib3 request(redirect=False)
from urllib.parse import urlsplit

import urllib3
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=2.0, read=5.0))

DOC_HOSTS = frozenset({"docs.python.org", "docs.djangoproject.com", "flask.palletsprojects.com"})


def _is_allowed(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and (parts.hostname or "").lower() in DOC_HOSTS


@app.get("/api/docs/snippet")
def doc_snippet():
    url = request.args.get("url", "")
    if not _is_allowed(url):
        abort(400)
    resp = http.request("GET", url, redirect=False)
    return jsonify({"status": resp.status, "length": len(resp.data)})
