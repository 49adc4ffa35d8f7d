# pattern: Flask SSO discovery fetching /.well-known/openid-configuration for a tenant host taken from a header; flaw: line 14
import requests
from flask import Blueprint, abort, jsonify, request

sso_bp = Blueprint("sso", __name__, url_prefix="/sso")


@sso_bp.route("/discover")
def discover():
    tenant_host = request.headers.get("X-Tenant-Host") or request.args.get("idp")
    if not tenant_host:
        abort(400, "tenant host required")
    config_url = f"https://{tenant_host}/.well-known/openid-configuration"
    resp = requests.get(config_url, timeout=5)
    if resp.status_code != 200:
        abort(502)
    metadata = resp.json()
    return jsonify(
        {
            "issuer": metadata.get("issuer"),
            "authorization_endpoint": metadata.get("authorization_endpoint"),
            "jwks_uri": metadata.get("jwks_uri"),
        }
    )
