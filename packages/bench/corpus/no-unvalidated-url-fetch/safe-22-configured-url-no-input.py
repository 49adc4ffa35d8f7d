import os

import requests
from flask import Flask

app = Flask(__name__)
STATUS_URL = os.environ.get("STATUS_URL", "https://status.example.com/api/summary.json")


@app.route("/status")
def status():
    summary = requests.get(STATUS_URL, timeout=5).json()
    return {"indicator": summary["status"]["indicator"]}
