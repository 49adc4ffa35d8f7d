# pattern: Flask MethodView with a requests.Session created in __init__ and session.head(..., allow_redirects=True) link checker; flaw: line 21
import requests
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class LinkCheckView(MethodView):
    init_every_request = False

    def __init__(self):
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "docs-linkcheck/3.0"

    def post(self):
        links = (request.get_json(silent=True) or {}).get("links", [])[:50]
        results = []
        for link in links:
            try:
                resp = self.session.head(link, allow_redirects=True, timeout=5)
                results.append({"link": link, "status": resp.status_code, "final": resp.url})
            except requests.RequestException as exc:
                results.append({"link": link, "error": type(exc).__name__})
        return jsonify(results=results)


app.add_url_rule("/api/linkcheck", view_func=LinkCheckView.as_view("linkcheck"))
