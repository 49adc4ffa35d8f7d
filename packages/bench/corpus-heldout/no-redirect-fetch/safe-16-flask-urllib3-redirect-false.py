# pattern: urllib3 PoolManager request(..., redirect=False) (Http class idiom from code search) behind a Flask endpoint with a host allowlist
import json
from urllib.parse import urlparse

import urllib3
from flask import Flask, jsonify, request

app = Flask(__name__)
http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=2.0, read=7.0))

SCHEMA_HOSTS = {"json.schemastore.org", "raw.githubusercontent.com"}


@app.post("/api/schemas/validate-remote")
def validate_remote():
    body = request.get_json(silent=True) or {}
    target = body.get("url", "")
    if urlparse(target).hostname not in SCHEMA_HOSTS:
        return jsonify({"error": "unsupported host"}), 400
    resp = http.request("GET", target, redirect=False)
    if resp.status != 200:
        return jsonify({"error": f"upstream returned {resp.status}"}), 502
    try:
        schema = json.loads(resp.data)
    except ValueError:
        return jsonify({"valid": False, "reason": "not JSON"})
    return jsonify({"valid": isinstance(schema, dict) and "$schema" in schema})
