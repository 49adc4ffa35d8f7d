# pattern: Flask errorhandler(500) examples (surinkim/python_msd_kor flask_500.py returning str(error)) — flaw at line 25
import logging

from flask import Flask, jsonify

from .api import api_bp
from .config import Config

log = logging.getLogger(__name__)


def create_app(config_class=Config):
    app = Flask(__name__)
    app.config.from_object(config_class)
    app.register_blueprint(api_bp, url_prefix="/api")

    @app.errorhandler(404)
    def not_found(e):
        return jsonify(error="not found"), 404

    @app.errorhandler(500)
    def internal_error(e):
        original = getattr(e, "original_exception", None) or e
        log.error("unhandled error: %r", original)
        return jsonify(error=str(original)), 500

    return app
