from flask import Flask, request

app = Flask(__name__)


@app.post("/documents")
def upload_document():
    doc = request.files["document"]
    with open(f"/srv/docs/{doc.filename}", "wb") as fh:
        fh.write(doc.read())
    return {"ok": True}
