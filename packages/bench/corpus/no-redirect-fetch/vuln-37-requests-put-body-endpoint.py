import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.put("/integrations/<int:integration_id>/status")
def push_status(integration_id):
    body = request.get_json()
    endpoint = body["endpoint"]
    resp = requests.put(endpoint, json={"id": integration_id, "status": body["status"]}, timeout=5)
    return jsonify({"delivered": resp.ok})
