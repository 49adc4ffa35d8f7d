import traceback

from flask import Flask

app = Flask(__name__)


@app.errorhandler(Exception)
def on_error(e):
    with open("/var/log/app/errors.log", "a") as fh:
        fh.write(traceback.format_exc())
    return {"error": "Internal Server Error"}, 500
