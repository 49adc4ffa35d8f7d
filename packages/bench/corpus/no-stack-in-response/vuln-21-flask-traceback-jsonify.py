import traceback

from flask import Flask, jsonify

app = Flask(__name__)


@app.errorhandler(Exception)
def handle_exception(e):
    return jsonify({"error": str(e), "trace": traceback.format_exc()}), 500
