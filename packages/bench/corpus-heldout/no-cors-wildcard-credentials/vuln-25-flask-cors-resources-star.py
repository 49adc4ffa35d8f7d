# pattern: flask-cors resources={r'/api/*': {'origins': '*'}} with supports_credentials (antoine186/LLMTester run_helper.py); flaw: line 15
import os

from flask import Flask, jsonify, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
app.config.update(
    SESSION_COOKIE_SAMESITE="None",
    SESSION_COOKIE_SECURE=True,
    CORS_HEADERS="Content-Type",
)

CORS(app, supports_credentials=True, resources={r"/api/*": {"origins": "*"}})


@app.route("/api/profile")
def profile():
    user_id = session.get("user_id")
    if user_id is None:
        return jsonify({"error": "not logged in"}), 401
    return jsonify({"user_id": user_id, "plan": session.get("plan", "free")})


@app.route("/api/logout", methods=["POST"])
def logout():
    session.clear()
    return jsonify({"ok": True})
