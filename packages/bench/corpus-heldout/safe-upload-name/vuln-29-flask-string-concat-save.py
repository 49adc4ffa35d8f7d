# pattern: Flask tutorial uploader (f.save(dirname + '/uploads/' + name)) seen across Flask upload examples — flaw at line 21
import os
import zipfile

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = os.path.dirname(os.path.abspath(__file__))
THEMES_DIR = BASE_DIR + "/themes/"


@app.route("/admin/themes", methods=["POST"])
def upload_theme():
    f = request.files.get("theme")
    if not f:
        return jsonify({"error": "no theme uploaded"}), 400
    if not f.filename.endswith(".zip"):
        return jsonify({"error": "themes must be zip archives"}), 400

    archive_path = THEMES_DIR + f.filename
    f.save(archive_path)

    with zipfile.ZipFile(archive_path) as zf:
        names = zf.namelist()
    return jsonify({"theme": f.filename, "files": len(names)}), 201
