# pattern: auth0-samples python API quickstart requires_auth decorator (python-jose, kid lookup, ALGORITHMS constant)
import json
import os
from functools import wraps
from urllib.request import urlopen

from flask import Flask, g, jsonify, request
from jose import jwt

AUTH0_DOMAIN = os.environ["AUTH0_DOMAIN"]
API_AUDIENCE = os.environ["API_AUDIENCE"]
ALGORITHMS = ["RS256"]

app = Flask(__name__)


class AuthError(Exception):
    def __init__(self, error, status_code):
        self.error = error
        self.status_code = status_code


@app.errorhandler(AuthError)
def handle_auth_error(ex):
    return jsonify(ex.error), ex.status_code


def get_token_auth_header():
    auth = request.headers.get("Authorization", None)
    if not auth:
        raise AuthError({"code": "authorization_header_missing"}, 401)
    parts = auth.split()
    if parts[0].lower() != "bearer" or len(parts) != 2:
        raise AuthError({"code": "invalid_header"}, 401)
    return parts[1]


def requires_auth(f):
    @wraps(f)
    def decorated(*args, **kwargs):
        token = get_token_auth_header()
        jsonurl = urlopen(f"https://{AUTH0_DOMAIN}/.well-known/jwks.json")
        jwks = json.loads(jsonurl.read())
        unverified_header = jwt.get_unverified_header(token)
        rsa_key = {}
        for key in jwks["keys"]:
            if key["kid"] == unverified_header["kid"]:
                rsa_key = {k: key[k] for k in ("kty", "kid", "use", "n", "e")}
        if not rsa_key:
            raise AuthError({"code": "invalid_header", "description": "Unable to find appropriate key"}, 401)
        try:
            payload = jwt.decode(
                token,
                rsa_key,
                algorithms=ALGORITHMS,
                audience=API_AUDIENCE,
                issuer=f"https://{AUTH0_DOMAIN}/",
            )
        except jwt.ExpiredSignatureError:
            raise AuthError({"code": "token_expired"}, 401)
        except jwt.JWTClaimsError:
            raise AuthError({"code": "invalid_claims"}, 401)
        except Exception:
            raise AuthError({"code": "invalid_header"}, 401)
        g.current_user = payload
        return f(*args, **kwargs)

    return decorated


@app.route("/api/private")
@requires_auth
def private():
    return jsonify(message="Hello from a private endpoint!", sub=g.current_user["sub"])
