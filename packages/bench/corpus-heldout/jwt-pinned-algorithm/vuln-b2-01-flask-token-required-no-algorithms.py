# pattern: PyJWT jwt.decode in a Flask token_required decorator (alaeddine245/MessagingApp app/views.py, esr-zh/RSS-Feed-API rss_feed/auth.py); flaw: line 19
from functools import wraps

import jwt
from flask import Blueprint, current_app, g, jsonify, request

from .models import User

api = Blueprint("api", __name__, url_prefix="/api")


def token_required(view):
    @wraps(view)
    def decorated(*args, **kwargs):
        token = request.headers.get("x-access-token")
        if not token:
            return jsonify({"message": "Token is missing!"}), 401
        try:
            data = jwt.decode(token, current_app.config["SECRET_KEY"])
        except jwt.InvalidTokenError:
            return jsonify({"message": "Token is invalid!"}), 401
        g.current_user = User.query.filter_by(public_id=data["public_id"]).first()
        if g.current_user is None:
            return jsonify({"message": "User not found"}), 401
        return view(*args, **kwargs)

    return decorated


@api.route("/profile")
@token_required
def profile():
    user = g.current_user
    return jsonify({"public_id": user.public_id, "name": user.name, "email": user.email})


@api.route("/profile", methods=["PATCH"])
@token_required
def update_profile():
    payload = request.get_json() or {}
    g.current_user.name = payload.get("name", g.current_user.name)
    g.current_user.save()
    return jsonify({"message": "updated"})
