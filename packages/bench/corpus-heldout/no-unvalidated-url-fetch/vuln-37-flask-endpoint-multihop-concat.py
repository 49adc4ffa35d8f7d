# pattern: Flask status-check route assembling the URL from a JSON 'endpoint' field across several variables; flaw: line 21
import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


def normalise(base: str) -> str:
    base = base.strip()
    if not base.endswith("/"):
        base += "/"
    return base


@app.post("/api/monitors/check")
def check_monitor():
    data = request.get_json(force=True)
    target = data.get("endpoint", "")
    base = normalise(target)
    url = base + "v1/status"
    resp = requests.get(url, timeout=4, allow_redirects=False)
    return jsonify({"url": url, "status": resp.status_code, "healthy": resp.ok})
