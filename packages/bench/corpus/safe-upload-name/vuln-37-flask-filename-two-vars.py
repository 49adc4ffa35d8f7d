import os

from flask import Blueprint, current_app, request

bp = Blueprint("files", __name__)


@bp.route("/files", methods=["POST"])
def create():
    uploaded = request.files.get("file")
    name = uploaded.filename
    target = os.path.join(current_app.config["UPLOAD_DIR"], name)
    uploaded.save(target)
    return {"name": name}, 201
