# pattern: Flask upload route checking FileStorage.content_type major type before saving under a random token — flaw at line 12
import os
import secrets

from flask import Flask, jsonify, request, url_for

app = Flask(__name__)
app.config["MEDIA_DIR"] = os.environ.get("MEDIA_DIR", os.path.join(app.root_path, "static", "clips"))


def is_video(storage):
    major = (storage.content_type or "").split("/")[0]
    return major == "video"


@app.post("/clips")
def upload_clip():
    clip = request.files.get("clip")
    if clip is None:
        return jsonify(error="clip is required"), 400
    if not is_video(clip):
        return jsonify(error="please upload a video file"), 415

    token = secrets.token_hex(12)
    os.makedirs(app.config["MEDIA_DIR"], exist_ok=True)
    clip.save(os.path.join(app.config["MEDIA_DIR"], f"{token}.mp4"))
    return jsonify(url=url_for("static", filename=f"clips/{token}.mp4")), 201
