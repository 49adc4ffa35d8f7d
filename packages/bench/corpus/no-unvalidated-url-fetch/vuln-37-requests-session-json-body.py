import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/integrations/verify", methods=["POST"])
def verify_integration():
    payload = request.get_json()
    base_url = payload["base_url"].rstrip("/")
    with requests.Session() as session:
        session.max_redirects = 0
        resp = session.get(base_url + "/api/v1/version", timeout=5)
    return {"version": resp.json().get("version")}
