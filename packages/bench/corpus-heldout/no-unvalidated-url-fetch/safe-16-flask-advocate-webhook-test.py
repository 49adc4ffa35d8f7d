# pattern: Flask webhook test using advocate.post (JordanMilne/Advocate README: validates the address requests actually connects to)
import advocate
import requests
from advocate.exceptions import UnacceptableAddressException
from flask import Blueprint, jsonify, request
from flask_login import login_required

hooks_bp = Blueprint("hooks", __name__, url_prefix="/hooks")


@hooks_bp.post("/test")
@login_required
def test_hook():
    url = (request.get_json(silent=True) or {}).get("url", "")
    try:
        resp = advocate.post(url, json={"event": "test"}, timeout=5)
    except UnacceptableAddressException:
        return jsonify({"ok": False, "error": "address not allowed"}), 400
    except requests.RequestException as exc:
        return jsonify({"ok": False, "error": type(exc).__name__}), 502
    return jsonify({"ok": resp.ok, "status": resp.status_code})
