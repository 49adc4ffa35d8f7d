import jwt
from flask import g, request, abort


def load_user():
    auth = request.headers.get("Authorization")
    if not auth:
        abort(401)
    claims = jwt.decode(auth.split()[1], verify=False)
    g.user_id = claims["sub"]
    g.is_admin = claims.get("admin", False)
