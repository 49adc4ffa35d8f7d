import requests
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/thumbnail")
def thumbnail():
    image_url = request.args.get("src", "")
    if not image_url.endswith((".png", ".jpg")):
        return "only images", 400
    upstream = requests.get(image_url, stream=True, timeout=5, allow_redirects=False)
    return Response(upstream.raw.read(), mimetype=upstream.headers.get("content-type"))
