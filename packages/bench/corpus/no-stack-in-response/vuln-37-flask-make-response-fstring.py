from flask import Flask, make_response

from .reports import build_report

app = Flask(__name__)


@app.route("/report")
def report():
    try:
        return build_report()
    except Exception as e:
        return make_response(f"Report failed: {e}", 500)
