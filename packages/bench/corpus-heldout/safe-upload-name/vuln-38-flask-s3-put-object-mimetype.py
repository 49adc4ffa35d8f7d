# pattern: Flask uploads blueprint _allowed_img(mimetype) before a boto3 put_object to S3 — flaw at line 22
import uuid

import boto3
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("media", __name__, url_prefix="/media")
s3 = boto3.client("s3")

ALLOWED_IMG = {"image/png", "image/jpeg", "image/gif"}


def _allowed_img(mimetype):
    return (mimetype or "").lower() in ALLOWED_IMG


@bp.post("/images")
def upload_image():
    file = request.files.get("image")
    if file is None:
        return jsonify({"error": "image is required"}), 400
    if not _allowed_img(file.mimetype):
        return jsonify({"error": "unsupported image type"}), 415

    key = f"uploads/{uuid.uuid4().hex}"
    s3.put_object(
        Bucket=current_app.config["MEDIA_BUCKET"],
        Key=key,
        Body=file.stream,
        ContentType=file.mimetype,
        ACL="public-read",
    )
    url = f"https://{current_app.config['MEDIA_BUCKET']}.s3.amazonaws.com/{key}"
    return jsonify({"url": url}), 201
