from authlib.jose import jwt
from flask import request, abort

PUBLIC_KEY = open("jwks/public.pem").read()


def current_claims():
    token = request.headers.get("Authorization", "")[7:]
    if not token:
        abort(401)
    claims = jwt.decode(token, PUBLIC_KEY)
    claims.validate()
    return claims
