# pattern: authlib JsonWebToken(['RS256']) instance (lepture/authlib docs/jose/jwt.rst) in a Flask blueprint
from authlib.jose import JsonWebToken
from authlib.jose.errors import JoseError
from flask import Blueprint, current_app, g, jsonify, request

api = Blueprint("api", __name__)
jwt = JsonWebToken(["RS256"])


def _public_key() -> bytes:
    with open(current_app.config["OIDC_PUBLIC_KEY_FILE"], "rb") as fh:
        return fh.read()


@api.before_app_request
def load_identity():
    g.identity = None
    token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if not token:
        return
    claims_options = {"iss": {"essential": True, "value": current_app.config["OIDC_ISSUER"]}}
    try:
        claims = jwt.decode(token, _public_key(), claims_options=claims_options)
        claims.validate()
    except JoseError:
        return
    g.identity = {"sub": claims["sub"], "scope": claims.get("scope", "")}


@api.route("/api/documents")
def documents():
    if g.identity is None:
        return jsonify({"error": "unauthorized"}), 401
    return jsonify({"owner": g.identity["sub"], "documents": []})
