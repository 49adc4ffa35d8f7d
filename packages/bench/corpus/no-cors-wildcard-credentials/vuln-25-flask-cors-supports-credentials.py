from flask import Flask, jsonify
from flask_cors import CORS

app = Flask(__name__)
CORS(app, supports_credentials=True)


@app.route("/api/profile")
def profile():
    return jsonify({"name": "Ada"})
