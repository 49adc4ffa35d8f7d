import os
import shutil
import tempfile

from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_file():
    upload = request.files["data"]
    tmp = tempfile.mktemp()
    upload.save(tmp)
    shutil.move(tmp, os.path.join("imports", upload.filename))
    return "ok"
