# pattern: jpadilla/pyjwt docs/usage.rst RS256 decoding inside a Flask blueprint before_request hook; flaw: line 21
"""Order API: accepts tokens from the auth service and from partner integrations."""
import os
from pathlib import Path

import jwt
from flask import Blueprint, abort, current_app, g, request

JWT_ISSUER = os.environ.get("JWT_ISSUER", "https://auth.internal.example")
JWT_PUBLIC_KEY = Path(os.environ.get("JWT_PUBLIC_KEY_PATH", "/etc/orders/jwt.pub")).read_text()
SUPPORTED_ALGORITHMS = ["RS256", "HS256"]

bp = Blueprint("orders", __name__, url_prefix="/api/orders")


def load_claims(token: str) -> dict:
    allowed = SUPPORTED_ALGORITHMS
    return jwt.decode(
        token,
        JWT_PUBLIC_KEY,
        algorithms=allowed,
        issuer=JWT_ISSUER,
        options={"require": ["exp", "sub"]},
    )


@bp.before_request
def authenticate():
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    try:
        g.claims = load_claims(token)
    except jwt.PyJWTError:
        current_app.logger.info("rejected bearer token")
        abort(401)


@bp.get("/")
def list_orders():
    return {"customer": g.claims["sub"], "orders": []}
