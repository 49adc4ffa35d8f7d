# pattern: Flask download endpoint checking url.startswith('https://files.partner.com') before requests.get with allow_redirects=False (prefix checks on user URLs in public Flask integrations); flaw: line 15
import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)

PARTNER_FILES_PREFIX = "https://files.partnerportal.com"


@app.get("/api/partner/documents")
def partner_document():
    doc_url = request.args.get("src", "")
    if not doc_url.startswith(PARTNER_FILES_PREFIX):
        abort(400, "Only partner portal documents can be fetched")
    upstream = requests.get(doc_url, timeout=10, allow_redirects=False)
    if upstream.status_code != 200:
        abort(502)
    return Response(
        upstream.content,
        content_type=upstream.headers.get("Content-Type", "application/pdf"),
        headers={"Content-Disposition": "inline"},
    )
