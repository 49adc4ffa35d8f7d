import requests
from flask import Flask, abort, request

app = Flask(__name__)

session = requests.Session()
session.headers.update({"User-Agent": "crawler/1.0"})


@app.route("/crawl")
def crawl():
    url = request.args.get("url")
    if not url:
        abort(400)
    response = session.get(url, timeout=15)
    response.raise_for_status()
    return response.text
