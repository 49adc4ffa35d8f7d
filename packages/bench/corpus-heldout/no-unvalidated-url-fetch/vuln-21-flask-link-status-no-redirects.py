# pattern: Flask link-status endpoint calling requests.head/get on request.args['url'] (alekxeyuk/python-flask image/index.py proxy idiom); flaw: line 14
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/api/link-status")
def link_status():
    url = request.args.get("url", "").strip()
    if not url:
        return jsonify({"error": "url is required"}), 400
    try:
        resp = requests.get(url, allow_redirects=False, timeout=5)
    except requests.RequestException as exc:
        return jsonify({"url": url, "reachable": False, "error": type(exc).__name__})
    return jsonify(
        {
            "url": url,
            "reachable": True,
            "status": resp.status_code,
            "location": resp.headers.get("Location"),
            "server": resp.headers.get("Server"),
        }
    )
