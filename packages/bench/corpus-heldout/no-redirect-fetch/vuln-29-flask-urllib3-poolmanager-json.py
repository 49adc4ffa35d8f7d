# pattern: urllib3.PoolManager().request('GET', url) (urllib3 docs user guide) behind a Flask JSON endpoint; flaw: line 20
import json

import urllib3
from flask import Flask, jsonify, request

app = Flask(__name__)
http = urllib3.PoolManager(
    timeout=urllib3.Timeout(connect=2.0, read=7.0),
    headers={"User-Agent": "schema-validator/1.0"},
)


@app.post("/api/schemas/validate-remote")
def validate_remote():
    body = request.get_json(silent=True) or {}
    target = body.get("url")
    if not target:
        return jsonify({"error": "url required"}), 400
    resp = http.request("GET", target)
    if resp.status != 200:
        return jsonify({"error": f"upstream returned {resp.status}"}), 502
    try:
        schema = json.loads(resp.data)
    except ValueError:
        return jsonify({"valid": False, "reason": "not JSON"})
    return jsonify({"valid": isinstance(schema, dict) and "$schema" in schema})
