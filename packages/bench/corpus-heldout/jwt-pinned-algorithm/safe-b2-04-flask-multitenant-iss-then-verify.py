# pattern: multi-tenant verification: unverified iss claim picks the tenant secret, then PyJWT decode pinned to HS256 with issuer check (PyJWT docs 'Reading the Claimset without Validation'; multi-tenant Flask APIs)
from functools import wraps

import jwt
from flask import Flask, abort, g, jsonify, request

from .tenants import get_tenant_by_issuer

app = Flask(__name__)


def tenant_auth(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            abort(401)
        token = auth.split(" ", 1)[1]
        unverified = jwt.decode(token, options={"verify_signature": False})
        tenant = get_tenant_by_issuer(unverified.get("iss"))
        if tenant is None:
            abort(401)
        try:
            claims = jwt.decode(
                token,
                tenant.jwt_secret,
                algorithms=["HS256"],
                issuer=tenant.issuer,
                audience="reports-api",
            )
        except jwt.PyJWTError:
            abort(401)
        g.tenant = tenant
        g.user_id = claims["sub"]
        return view(*args, **kwargs)

    return wrapper


@app.get("/api/reports")
@tenant_auth
def list_reports():
    return jsonify(tenant=g.tenant.slug, user=g.user_id, reports=[])
