import logging

from flask import Flask, jsonify

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.errorhandler(Exception)
def handle_exception(e):
    log.exception("unhandled error")
    return jsonify({"error": "Internal Server Error"}), 500
