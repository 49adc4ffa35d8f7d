import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/gallery", methods=["POST"])
def gallery():
    for photo in request.files.getlist("photos"):
        photo.save(os.path.join("static", "gallery", photo.filename))
    return "", 204
