import requests
from flask import Flask

app = Flask(__name__)


@app.route("/ping/<host>")
def ping(host):
    reply = requests.get("http://" + host + ":8080/ping", timeout=2, allow_redirects=False)
    return reply.text
