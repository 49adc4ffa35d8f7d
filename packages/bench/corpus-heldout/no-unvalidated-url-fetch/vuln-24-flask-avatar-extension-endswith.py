# pattern: Flask avatar-from-URL form with an extension-only endswith check before urllib3 request; flaw: line 22
import uuid
from pathlib import Path

import urllib3
from flask import Blueprint, current_app, flash, redirect, request, url_for
from flask_login import current_user, login_required

profile_bp = Blueprint("profile", __name__)
http = urllib3.PoolManager(timeout=urllib3.Timeout(connect=3.0, read=10.0))

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")


@profile_bp.route("/profile/avatar-url", methods=["POST"])
@login_required
def avatar_from_url():
    url = request.form.get("avatar_url", "").strip()
    if not url.lower().endswith(IMAGE_SUFFIXES):
        flash("Please link directly to an image file.")
        return redirect(url_for("profile.edit"))
    resp = http.request("GET", url, redirect=False, preload_content=True)
    if resp.status != 200:
        flash("Could not download that image.")
        return redirect(url_for("profile.edit"))
    name = f"{uuid.uuid4().hex}{Path(url).suffix.lower()}"
    (Path(current_app.config["AVATAR_DIR"]) / name).write_bytes(resp.data)
    current_user.avatar = name
    return redirect(url_for("profile.edit"))
