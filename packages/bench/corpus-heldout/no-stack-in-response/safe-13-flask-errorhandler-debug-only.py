# pattern: Flask errorhandler(500) that adds the traceback only when app.debug is on (LEDMatrix app.py debug-guarded handlers)
import logging
import traceback

from flask import Flask, current_app, jsonify

from .api import api_bp
from .config import Config

log = logging.getLogger(__name__)


def create_app(config_class=Config):
    app = Flask(__name__)
    app.config.from_object(config_class)
    app.register_blueprint(api_bp, url_prefix="/api")

    @app.errorhandler(500)
    def internal_error(e):
        original = getattr(e, "original_exception", None) or e
        log.error("unhandled error: %r", original)
        body = {"error": "internal server error"}
        if current_app.debug:
            body["traceback"] = traceback.format_exception(
                type(original), original, original.__traceback__
            )
        return jsonify(body), 500

    return app
