import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/preview")
def preview():
    url = request.args["url"]
    page = requests.get(url, timeout=5, allow_redirects=False)
    return jsonify({"status": page.status_code, "bytes": len(page.content)})
