# pattern: module-level httpx.Client(follow_redirects=True) (HttpxFetcher idiom from code search) used by a Flask route; flaw: line 19
import httpx
from flask import Flask, Response, abort, request

app = Flask(__name__)

HTTP = httpx.Client(
    follow_redirects=True,
    timeout=httpx.Timeout(5.0, read=15.0),
    headers={"User-Agent": "pdf-preview/1.0"},
)


@app.get("/preview/pdf")
def preview_pdf():
    src = request.args.get("src")
    if not src:
        abort(400)
    upstream = HTTP.get(src)
    if upstream.headers.get("content-type", "").split(";")[0] != "application/pdf":
        abort(415)
    return Response(upstream.content, mimetype="application/pdf")
