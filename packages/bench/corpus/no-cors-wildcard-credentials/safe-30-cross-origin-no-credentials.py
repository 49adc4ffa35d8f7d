from flask import Flask, jsonify
from flask_cors import cross_origin

app = Flask(__name__)


@app.route("/api/public")
@cross_origin()
def public():
    return jsonify({"ok": True})
