import jwt
from flask import Flask, request, jsonify

app = Flask(__name__)
SECRET_KEY = "change-me"


@app.route("/me")
def me():
    token = request.headers.get("Authorization", "").replace("Bearer ", "")
    try:
        payload = jwt.decode(token, SECRET_KEY)
    except jwt.InvalidTokenError:
        return jsonify({"error": "invalid token"}), 401
    return jsonify({"user_id": payload["sub"]})
