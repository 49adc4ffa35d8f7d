import uuid

from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_TYPES = {"image/png", "image/jpeg"}


@app.post("/images")
def upload_image():
    image = request.files["image"]
    if image.mimetype not in ALLOWED_TYPES:
        abort(415)
    image.save(f"images/{uuid.uuid4().hex}.img")
    return {"ok": True}
