import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/blobs")
def blob():
    data = request.files["blob"].read()
    digest = hashlib.sha256(data).hexdigest()
    with open(f"blobs/{digest}", "wb") as out:
        out.write(data)
    return {"digest": digest}
