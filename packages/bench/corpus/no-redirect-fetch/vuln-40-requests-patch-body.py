import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/relay", methods=["POST"])
def relay():
    data = request.get_json()
    upstream = requests.patch(data["target"], json=data["payload"], timeout=5)
    return upstream.text, upstream.status_code
