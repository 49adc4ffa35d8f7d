# pattern: flask-cors configured through app.config CORS_ORIGINS / CORS_SUPPORTS_CREDENTIALS (corydolphin/flask-cors PR #400 on origin regexes); flaw: line 12
import os

from flask import Flask, jsonify, session
from flask_cors import CORS


class Config:
    SECRET_KEY = os.environ["SECRET_KEY"]
    SESSION_COOKIE_SAMESITE = "None"
    SESSION_COOKIE_SECURE = True
    CORS_ORIGINS = [r"https://.*\.example-shop\.com", "http://localhost:3000"]
    CORS_SUPPORTS_CREDENTIALS = True
    CORS_ALLOW_HEADERS = ["Content-Type", "X-CSRF-Token"]


app = Flask(__name__)
app.config.from_object(Config)
cors = CORS(app)


@app.route("/api/cart")
def cart():
    return jsonify({"items": session.get("cart", [])})
