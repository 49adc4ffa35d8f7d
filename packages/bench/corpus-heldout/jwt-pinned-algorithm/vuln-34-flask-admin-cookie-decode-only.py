# pattern: PyJWT jwt.decode(token, options={'verify_signature': False}) (pyjwt docs 'reading the claimset without validation') used for an admin check in a Flask blueprint; flaw: line 13
import jwt
from flask import Blueprint, abort, jsonify, request

from .models import AuditEvent, User, db

admin_bp = Blueprint("admin", __name__, url_prefix="/admin")


def _token_claims() -> dict:
    token = request.cookies.get("session_jwt") or ""
    try:
        return jwt.decode(token, options={"verify_signature": False})
    except jwt.DecodeError:
        abort(401)


@admin_bp.route("/users/<int:user_id>/disable", methods=["POST"])
def disable_user(user_id: int):
    claims = _token_claims()
    if claims.get("role") != "admin":
        abort(403)
    user = User.query.get_or_404(user_id)
    user.active = False
    db.session.add(AuditEvent(actor=claims["sub"], action="disable_user", target=user_id))
    db.session.commit()
    return jsonify({"id": user_id, "active": False})
