# pattern: grant.settings / innopoints upload helpers (file.mimetype checked against IMAGE_MIME_TYPES) — flaw at line 23
import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

from ..extensions import db

bp = Blueprint("avatars", __name__)

ALLOWED_MIMETYPES = {"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp"}
MAX_AVATAR_BYTES = 2 * 1024 * 1024


@bp.route("/api/me/avatar", methods=["POST"])
@login_required
def upload_avatar():
    file = request.files.get("avatar")
    if file is None:
        abort(400, description="avatar is required")

    if file.mimetype not in ALLOWED_MIMETYPES:
        abort(415, description="only PNG, JPEG or WebP images are accepted")

    if request.content_length and request.content_length > MAX_AVATAR_BYTES:
        abort(413)

    name = uuid.uuid4().hex + ALLOWED_MIMETYPES[file.mimetype]
    folder = os.path.join(current_app.static_folder, "avatars")
    os.makedirs(folder, exist_ok=True)
    file.save(os.path.join(folder, name))

    current_user.avatar = f"avatars/{name}"
    db.session.commit()
    return jsonify({"avatar": current_user.avatar}), 201
