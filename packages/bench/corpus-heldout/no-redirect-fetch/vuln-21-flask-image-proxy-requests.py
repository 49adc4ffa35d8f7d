# pattern: Flask image proxy route with requests.get(request.args['url']) (MaikelCB/TheCollectorCard proxy.py, manm15/ProWeb app.py); flaw: line 15
import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)

UA = "Mozilla/5.0 (compatible; CardImageProxy/1.0)"


@app.route("/proxy/image")
def proxy_image():
    image_url = request.args.get("url")
    if not image_url:
        abort(400, "missing url")
    upstream = requests.get(image_url, headers={"User-Agent": UA}, timeout=10, stream=True)
    if upstream.status_code != 200:
        abort(502)
    content_type = upstream.headers.get("Content-Type", "application/octet-stream")
    if not content_type.startswith("image/"):
        abort(415)
    return Response(upstream.iter_content(chunk_size=8192), content_type=content_type)
