import os
import uuid

from flask import Flask, request

app = Flask(__name__)
ALLOWED = {".png": ".png", ".jpg": ".jpg"}


@app.post("/upload")
def upload():
    f = request.files["file"]
    ext = ALLOWED.get(os.path.splitext(f.filename)[1].lower(), ".bin")
    f.save(os.path.join("uploads", f"{uuid.uuid4().hex}{ext}"))
    return {"ok": True}
