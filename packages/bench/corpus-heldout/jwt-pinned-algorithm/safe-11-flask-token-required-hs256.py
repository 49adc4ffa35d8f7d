# pattern: Flask token_required decorator idiom (arXiv/arxiv-submission-core authorization/__init__.py) with PyJWT jwt.decode
import os
from functools import wraps

import jwt
from flask import Flask, g, jsonify, request

from models import User

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "dev-secret-key")


def token_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        auth_header = request.headers.get("Authorization", "")
        if not auth_header.startswith("Bearer "):
            return jsonify({"message": "Token is missing"}), 401
        token = auth_header.split(" ", 1)[1]
        try:
            data = jwt.decode(token, app.config["SECRET_KEY"], algorithms=["HS256"])
            current_user = User.query.filter_by(public_id=data["public_id"]).first()
        except jwt.InvalidTokenError:
            return jsonify({"message": "Token is invalid"}), 401
        if current_user is None:
            return jsonify({"message": "User not found"}), 401
        g.current_user = current_user
        return view(*args, **kwargs)

    return wrapper


@app.route("/api/me")
@token_required
def me():
    user = g.current_user
    return jsonify({"id": user.public_id, "email": user.email, "admin": user.admin})
