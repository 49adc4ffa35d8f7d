# pattern: Flask login with bcrypt.checkpw plus a webhook HMAC signature check (hmac.compare_digest, base64 decode); no JWT
import base64
import hashlib
import hmac
import os

import bcrypt
from flask import Flask, abort, jsonify, request, session

from .models import User, record_payment

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


@app.post("/login")
def login():
    data = request.get_json(force=True)
    user = User.query.filter_by(email=data.get("email", "")).first()
    if user is None or not bcrypt.checkpw(data.get("password", "").encode(), user.password_hash.encode()):
        return jsonify({"error": "invalid credentials"}), 401
    session["user_id"] = user.id
    return jsonify({"id": user.id})


@app.post("/webhooks/payments")
def payments_webhook():
    signature = request.headers.get("X-Signature", "")
    try:
        received = base64.b64decode(signature, validate=True)
    except ValueError:
        abort(400)
    expected = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).digest()
    if not hmac.compare_digest(received, expected):
        abort(401)
    event = request.get_json()
    record_payment(event["data"]["id"], event["data"]["amount"])
    return "", 204
