import os

from flask import Flask, request, redirect

app = Flask(__name__)
UPLOAD_FOLDER = "uploads"


@app.route("/upload", methods=["POST"])
def upload_file():
    file = request.files["file"]
    if file.filename == "":
        return redirect(request.url)
    file.save(os.path.join(UPLOAD_FOLDER, file.filename))
    return "uploaded", 201
