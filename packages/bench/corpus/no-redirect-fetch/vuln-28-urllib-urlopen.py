import json
from urllib.request import urlopen

from flask import Blueprint, jsonify, request

bp = Blueprint("integrations", __name__)


@bp.post("/integrations/config")
def load_remote_config():
    config_url = request.get_json()["config_url"]
    with urlopen(config_url, timeout=5) as fh:
        return jsonify(json.load(fh))
