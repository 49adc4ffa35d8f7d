import urllib.parse

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/wiki")
def wiki():
    title = request.args.get("title", "Main_Page")
    url = urllib.parse.urljoin("https://en.wikipedia.org/wiki/", urllib.parse.quote(title))
    return requests.get(url, timeout=5).text
