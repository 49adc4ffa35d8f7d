# pattern: Flask @app.errorhandler(Exception) that logs the traceback server-side and returns a generic 500 (timabilov/django-rest-example generic 'Internal Server Error' handler, Flask error-handling docs)
import logging
import uuid

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException

from .api import api_bp

app = Flask(__name__)
app.register_blueprint(api_bp, url_prefix="/api")
log = logging.getLogger(__name__)


@app.errorhandler(Exception)
def handle_exception(e):
    if isinstance(e, HTTPException):
        return jsonify(error=e.name, description=e.description), e.code
    incident = uuid.uuid4().hex[:12]
    log.exception("Unhandled error (incident %s)", incident)
    return jsonify(error="Internal server error", incident=incident), 500
