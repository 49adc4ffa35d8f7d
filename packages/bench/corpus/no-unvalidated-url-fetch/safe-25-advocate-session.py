import advocate
from flask import Flask, request

app = Flask(__name__)


@app.route("/unfurl")
def unfurl():
    url = request.args["url"]
    page = advocate.get(url, timeout=5)
    return {"status": page.status_code}
