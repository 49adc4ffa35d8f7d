import requests
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/check")
def check():
    r = requests.get(request.args["url"], allow_redirects=False, timeout=5)
    return jsonify({"status": r.status_code})
