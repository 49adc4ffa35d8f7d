import urllib3
from flask import Flask, request

app = Flask(__name__)
http = urllib3.PoolManager(retries=False)


@app.route("/status")
def status():
    endpoint = request.values.get("endpoint")
    resp = http.request("GET", endpoint, timeout=3.0)
    return {"status": resp.status}
