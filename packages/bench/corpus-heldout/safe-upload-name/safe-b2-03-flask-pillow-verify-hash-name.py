# pattern: Flask photo upload that opens the bytes with PIL.Image and names the file by its SHA-256, keeping the client filename only as metadata (Pillow Image.verify docs; image-hosting Flask apps)
import hashlib
import io
import os

from flask import Blueprint, current_app, jsonify, request
from PIL import Image, UnidentifiedImageError

from .models import Photo, db

photos_bp = Blueprint("photos", __name__)
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


@photos_bp.post("/photos")
def upload_photo():
    upload = request.files.get("photo")
    if upload is None:
        return jsonify(error="photo is required"), 400
    data = upload.read()
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.verify()
            fmt = img.format
    except (UnidentifiedImageError, OSError):
        return jsonify(error="not a valid image"), 400
    if fmt not in FORMATS:
        return jsonify(error="unsupported image format"), 400

    digest = hashlib.sha256(data).hexdigest()
    stored = f"{digest}.{FORMATS[fmt]}"
    with open(os.path.join(current_app.config["PHOTO_DIR"], stored), "wb") as out:
        out.write(data)

    photo = Photo(stored_name=stored, title=upload.filename)
    db.session.add(photo)
    db.session.commit()
    return jsonify(id=photo.id, url=f"/photos/{stored}"), 201
