from flask import Flask, jsonify

app = Flask(__name__)


@app.errorhandler(500)
def server_error(e):
    return jsonify(error=str(e)), 500
