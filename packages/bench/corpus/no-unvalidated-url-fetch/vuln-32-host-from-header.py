import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/health/upstream")
def upstream_health():
    upstream = request.headers.get("X-Upstream-Host", "localhost:8080")
    r = requests.get(f"http://{upstream}/healthz", timeout=2, allow_redirects=False)
    return {"upstream": upstream, "healthy": r.ok}
