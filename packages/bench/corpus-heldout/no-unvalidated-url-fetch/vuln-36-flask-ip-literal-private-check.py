# pattern: Flask fetch endpoint with a validate_callback_url-style check that rejects private IP literals but never resolves hostnames (jolaclaw-pixel/claw-bounties app/utils.py idiom); flaw: line 31
import ipaddress
from urllib.parse import urlparse

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

BLOCKED_HOSTNAMES = {"localhost", "metadata.google.internal"}


def is_public_url(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return False
    if parsed.hostname.lower() in BLOCKED_HOSTNAMES:
        return False
    try:
        ip = ipaddress.ip_address(parsed.hostname)
    except ValueError:
        return True
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved)


@app.post("/api/fetch-title")
def fetch_title():
    url = (request.get_json(silent=True) or {}).get("url", "")
    if not is_public_url(url):
        abort(400, "URL not allowed")
    resp = requests.get(url, timeout=5, allow_redirects=False)
    start = resp.text.find("<title>")
    end = resp.text.find("</title>", start)
    title = resp.text[start + 7 : end].strip() if start != -1 and end != -1 else None
    return jsonify({"title": title})
