from flask import Flask, Response, request
from requests import get

app = Flask(__name__)


@app.route("/avatar", methods=["POST"])
def fetch_avatar():
    avatar_url = request.form["avatar_url"]
    return Response(get(avatar_url, timeout=5).content, mimetype="image/png")
