# pattern: Flask blueprint image proxy fetching request.args['url'] with requests.get (proxy_bp /api/proxy_image and manm15/ProWeb app.py); flaw: line 19
import requests
from flask import Blueprint, Response, request

proxy_bp = Blueprint("proxy", __name__)

BROWSER_HEADERS = {
    "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/120.0 Safari/537.36",
    "Referer": "",
}


@proxy_bp.route("/api/proxy-image")
def proxy_image():
    image_url = request.args.get("url")
    if not image_url:
        return "Missing url", 400
    upstream = requests.get(image_url, headers=BROWSER_HEADERS, timeout=10, stream=True)
    if upstream.status_code != 200:
        return "Failed to fetch image", 502
    return Response(
        upstream.iter_content(chunk_size=8192),
        content_type=upstream.headers.get("Content-Type", "image/jpeg"),
        headers={"Cache-Control": "public, max-age=86400"},
    )
