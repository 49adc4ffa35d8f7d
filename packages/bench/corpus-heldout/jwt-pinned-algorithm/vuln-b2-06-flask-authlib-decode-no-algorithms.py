# pattern: authlib.jose jwt.decode(s, public_key) then claims.validate() (Authlib docs, JWT guide) in a Flask resource-server decorator; flaw: line 27
from functools import wraps

from authlib.jose import jwt
from authlib.jose.errors import JoseError
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config.from_object("settings")

with open(app.config["JWT_PUBLIC_KEY_PATH"], "rb") as fh:
    PUBLIC_KEY = fh.read()

CLAIMS_OPTIONS = {
    "iss": {"essential": True, "value": app.config["JWT_ISSUER"]},
    "exp": {"essential": True},
}


def require_token(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            abort(401)
        try:
            claims = jwt.decode(auth[7:], PUBLIC_KEY, claims_options=CLAIMS_OPTIONS)
            claims.validate()
        except JoseError:
            abort(401)
        g.claims = claims
        return view(*args, **kwargs)

    return wrapper


@app.get("/api/me")
@require_token
def me():
    return jsonify(sub=g.claims["sub"], scope=g.claims.get("scope", ""))


@app.get("/api/reports")
@require_token
def reports():
    if "reports:read" not in g.claims.get("scope", "").split():
        abort(403)
    return jsonify(items=[])
