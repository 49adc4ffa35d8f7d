# pattern: Flask avatar upload accepting any FileStorage whose mimetype starts with image/, stored under secrets.token_hex (FileStorage.mimetype checks in Flask profile-picture routes); flaw: line 19
import os
import secrets

from flask import Blueprint, current_app, jsonify, request
from flask_login import current_user, login_required

from .models import db

profile_bp = Blueprint("profile", __name__)


@profile_bp.post("/profile/avatar")
@login_required
def upload_avatar():
    avatar = request.files.get("avatar")
    if avatar is None:
        return jsonify(error="avatar is required"), 400
    if not avatar.mimetype.startswith("image/"):
        return jsonify(error="avatar must be an image"), 400

    ext = {"image/png": ".png", "image/gif": ".gif"}.get(avatar.mimetype, ".jpg")
    name = secrets.token_hex(16) + ext
    avatar.save(os.path.join(current_app.config["AVATAR_DIR"], name))

    current_user.avatar = name
    db.session.commit()
    return jsonify(avatar_url=f"/static/avatars/{name}")
