import logging
import uuid

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/ingest")
def ingest():
    f = request.files["file"]
    log.info("received %s", f.filename)
    f.save(f"/srv/ingest/{uuid.uuid4()}")
    return "", 202
