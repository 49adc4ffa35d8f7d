# pattern: Flask JSON endpoint with a same-file urllib.request helper (jonassorgenfrei/AssetBrowser api/online_requests.py request(url) idiom); flaw: line 12
import json
from urllib.request import Request, urlopen

from flask import Flask, jsonify, request

app = Flask(__name__)


def http_get_json(url: str) -> dict:
    req = Request(url, headers={"User-Agent": "Mozilla/5.0", "Accept": "application/json"})
    with urlopen(req, timeout=8) as resp:
        return json.loads(resp.read().decode("utf-8"))


@app.post("/api/manifests/inspect")
def inspect_manifest():
    payload = request.get_json(force=True)
    manifest = http_get_json(payload["manifest_url"])
    return jsonify(
        {
            "name": manifest.get("name"),
            "version": manifest.get("version"),
            "icons": len(manifest.get("icons", [])),
        }
    )
