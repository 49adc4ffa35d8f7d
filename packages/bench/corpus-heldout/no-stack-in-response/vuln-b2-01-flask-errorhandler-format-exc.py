# pattern: Flask @app.errorhandler(Exception) returning str(e), type and traceback.format_exc() (hndrs0n/complaint-backend infrastructure/exceptions/exception_handler.py); flaw: line 23
import traceback

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from .api import api_bp

app = Flask(__name__)
app.config.from_object("config.Config")
app.register_blueprint(api_bp, url_prefix="/api")


@app.errorhandler(Exception)
def handle_exception(e):
    if isinstance(e, HTTPException):
        return jsonify({"error": e.name, "description": e.description}), e.code

    tb_str = traceback.format_exc()
    response = {
        "error": str(e),
        "type": type(e).__name__,
        "traceback": tb_str,
    }
    return jsonify(response), 500
