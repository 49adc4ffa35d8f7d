# pattern: ChuckBuilds/LEDMatrix web_interface api blueprint before PR #283 (jsonify({'traceback': traceback.format_exc()})) — flaw at line 25
import traceback

from flask import Blueprint, jsonify, request

from ..services import plugin_manager

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
        return jsonify({
            "status": "error",
            "message": "Failed to install plugin",
            "traceback": traceback.format_exc(),
        }), 500
