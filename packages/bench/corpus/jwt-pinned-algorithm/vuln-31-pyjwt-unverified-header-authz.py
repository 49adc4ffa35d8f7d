import jwt
from flask import request, jsonify


def admin_only(view):
    def wrapper(*args, **kwargs):
        token = request.headers["Authorization"].split()[1]
        claims = jwt.decode(token, options={"verify_signature": False})
        if claims.get("role") != "admin":
            return jsonify({"error": "forbidden"}), 403
        return view(*args, **kwargs)

    return wrapper
