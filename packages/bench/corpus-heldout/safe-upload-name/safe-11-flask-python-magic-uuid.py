# pattern: Flask avatar blueprint with python-magic (magic.from_buffer(head, mime=True)) and uuid4 storage names
import os
import uuid

import magic
from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

from ..extensions import db
from ..models import Upload

bp = Blueprint("uploads", __name__)

EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp"}


@bp.route("/api/uploads", methods=["POST"])
@login_required
def upload():
    f = request.files.get("file")
    if f is None or f.filename == "":
        abort(400, description="no file selected")

    head = f.stream.read(2048)
    f.stream.seek(0)
    detected = magic.from_buffer(head, mime=True)
    if detected not in EXTENSIONS:
        abort(415, description="unsupported file type")

    stored_name = uuid.uuid4().hex + EXTENSIONS[detected]
    folder = current_app.config["UPLOAD_FOLDER"]
    os.makedirs(folder, exist_ok=True)
    f.save(os.path.join(folder, stored_name))

    record = Upload(owner_id=current_user.id, original_name=f.filename, stored_name=stored_name)
    db.session.add(record)
    db.session.commit()
    return jsonify({"id": record.id, "name": f.filename}), 201
