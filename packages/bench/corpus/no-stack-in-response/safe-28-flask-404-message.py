from flask import Flask, jsonify

app = Flask(__name__)


@app.errorhandler(404)
def not_found(e):
    return jsonify(error=str(e)), 404
