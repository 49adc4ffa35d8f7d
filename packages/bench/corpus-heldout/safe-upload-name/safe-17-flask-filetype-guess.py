# pattern: Flask account API (jayhawk24/checklist-style filetype.guess on the bytes) saving under uuid4 names
import os
import uuid

import filetype
from flask import Blueprint, current_app, jsonify, request
from flask_login import current_user, login_required

from app.extensions import db

bp = Blueprint("account_api", __name__, url_prefix="/api/users")

ALLOWED_TYPES = {"jpg", "png", "gif", "webp"}


@bp.post("/me/avatar")
@login_required
def upload_avatar():
    file = request.files.get("avatar")
    if file is None:
        return jsonify({"error": "avatar is required"}), 400

    head = file.stream.read(261)
    file.stream.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.extension not in ALLOWED_TYPES:
        return jsonify({"error": "unsupported image type"}), 415

    name = f"{uuid.uuid4().hex}.{kind.extension}"
    avatar_dir = os.path.join(current_app.static_folder, "uploads", "avatars")
    os.makedirs(avatar_dir, exist_ok=True)
    file.save(os.path.join(avatar_dir, name))

    current_user.avatar_path = f"uploads/avatars/{name}"
    db.session.commit()
    return jsonify({"avatar": current_user.avatar_path}), 201
