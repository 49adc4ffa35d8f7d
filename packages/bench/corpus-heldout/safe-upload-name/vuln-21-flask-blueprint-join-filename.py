# pattern: Flask upload docs / jalen-launchpad/seniorproj app.py (request.files -> FileStorage.save under UPLOAD_FOLDER) — flaw at line 25
import os

from flask import Blueprint, current_app, jsonify, request
from flask_login import current_user, login_required

from ..extensions import db
from ..models import Document

documents_bp = Blueprint("documents", __name__, url_prefix="/api/documents")


@documents_bp.route("", methods=["POST"])
@login_required
def upload_document():
    if "document" not in request.files:
        return jsonify({"error": "no file part"}), 400

    f = request.files["document"]
    if f.filename == "":
        return jsonify({"error": "no selected file"}), 400

    upload_dir = current_app.config["UPLOAD_FOLDER"]
    os.makedirs(upload_dir, exist_ok=True)
    f.save(os.path.join(upload_dir, f.filename))

    doc = Document(owner_id=current_user.id, name=f.filename, size=request.content_length)
    db.session.add(doc)
    db.session.commit()
    return jsonify({"id": doc.id, "name": doc.name}), 201
