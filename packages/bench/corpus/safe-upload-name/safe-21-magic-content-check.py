import uuid

import magic
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED = {"image/png", "image/jpeg"}


@app.post("/images")
def upload_image():
    image = request.files["image"]
    if image.mimetype not in ALLOWED:
        abort(415)
    head = image.stream.read(2048)
    image.stream.seek(0)
    if magic.from_buffer(head, mime=True) not in ALLOWED:
        abort(415)
    image.save(f"images/{uuid.uuid4().hex}")
    return {"ok": True}
