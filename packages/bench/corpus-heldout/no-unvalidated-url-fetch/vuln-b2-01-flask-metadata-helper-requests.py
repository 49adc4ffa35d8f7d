# pattern: Flask endpoint fetching page metadata for a URL from the JSON body through a local helper with requests.get (Reverie House utility routes /api/proxy-image; link-unfurl endpoints); flaw: line 12
import requests
from bs4 import BeautifulSoup
from flask import Blueprint, jsonify, request

bp = Blueprint("unfurl", __name__, url_prefix="/api")

HEADERS = {"User-Agent": "UnfurlBot/1.0 (+https://example.org/bot)"}


def _download(url: str) -> str:
    resp = requests.get(url, headers=HEADERS, timeout=8)
    resp.raise_for_status()
    return resp.text


@bp.post("/unfurl")
def unfurl():
    data = request.get_json(silent=True) or {}
    target = data.get("url")
    if not target:
        return jsonify(error="url is required"), 400
    try:
        html = _download(target)
    except requests.RequestException:
        return jsonify(error="could not fetch url"), 422
    soup = BeautifulSoup(html, "html.parser")
    og_title = soup.find("meta", property="og:title")
    og_desc = soup.find("meta", property="og:description")
    return jsonify(
        url=target,
        title=og_title["content"] if og_title else (soup.title.string if soup.title else None),
        description=og_desc["content"] if og_desc else None,
    )
