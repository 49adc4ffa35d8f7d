from flask import Flask, jsonify, session
from flask_cors import cross_origin

app = Flask(__name__)


@app.route("/api/cart")
@cross_origin(supports_credentials=True)
def cart():
    return jsonify(session.get("cart", []))
