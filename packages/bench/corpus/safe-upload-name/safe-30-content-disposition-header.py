from flask import Flask, send_file

from .db import get_file

app = Flask(__name__)


@app.get("/files/<file_id>")
def download(file_id):
    row = get_file(file_id)
    return send_file(row.path, download_name=row.original_name, as_attachment=True)
