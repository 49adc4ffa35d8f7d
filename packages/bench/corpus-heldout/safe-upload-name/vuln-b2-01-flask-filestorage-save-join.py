# pattern: Flask upload route doing f.save(os.path.join(app.config['UPLOAD_FOLDER'], f.filename)) (public Flask upload example app.py; upload_file(file) helper saving file.filename); flaw: line 29
import os

from flask import Flask, flash, redirect, render_template, request, url_for

app = Flask(__name__)
app.config["UPLOAD_FOLDER"] = os.path.join(app.root_path, "uploads")
app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024
app.secret_key = os.environ.get("FLASK_SECRET_KEY", "change-me")

ALLOWED_EXTENSIONS = {"pdf", "png", "jpg", "jpeg"}


def allowed_file(filename):
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


@app.route("/upload", methods=["GET", "POST"])
def upload():
    if request.method == "POST":
        f = request.files.get("file")
        if f is None or f.filename == "":
            flash("No selected file")
            return redirect(request.url)
        if not allowed_file(f.filename):
            flash("File type not allowed")
            return redirect(request.url)
        os.makedirs(app.config["UPLOAD_FOLDER"], exist_ok=True)
        f.save(os.path.join(app.config["UPLOAD_FOLDER"], f.filename))
        flash("File uploaded!")
        return redirect(url_for("upload"))
    return render_template("upload.html")
