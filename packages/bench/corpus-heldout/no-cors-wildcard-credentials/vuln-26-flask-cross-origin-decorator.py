# pattern: flask-cors @cross_origin(supports_credentials=True) view decorator (flask-cors SupportsCredentialsCase idiom) on a blueprint route; flaw: line 10
from flask import Blueprint, jsonify
from flask_cors import cross_origin
from flask_login import current_user, login_required

account_bp = Blueprint("account", __name__)


@account_bp.route("/api/account", methods=["GET"])
@cross_origin(supports_credentials=True)
@login_required
def account():
    return jsonify(
        {
            "id": current_user.id,
            "email": current_user.email,
            "balance": str(current_user.wallet.balance),
        }
    )
