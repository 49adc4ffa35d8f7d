# pattern: ChuckBuilds/LEDMatrix api blueprint after PR #283 (traceback logged server-side, generic error body)
import logging

from flask import Blueprint, jsonify, request

from ..services import plugin_manager

logger = logging.getLogger(__name__)
api_v3 = Blueprint("api_v3", __name__, url_prefix="/api/v3")


@api_v3.route("/plugins/install", methods=["POST"])
def install_plugin():
    payload = request.get_json(silent=True) or {}
    plugin_id = payload.get("plugin_id")
    if not plugin_id:
        return jsonify({"status": "error", "message": "plugin_id is required"}), 400

    try:
        result = plugin_manager.install(plugin_id, version=payload.get("version"))
        return jsonify({"status": "success", "data": result})
    except Exception:
        logger.exception("plugin install failed for %s", plugin_id)
        return jsonify({
            "status": "error",
            "message": "Internal server error - check server logs",
        }), 500
