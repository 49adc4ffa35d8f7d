# pattern: Flask job endpoint notifying a service base URL supplied in an X-Callback-Base request header with httpx.post; flaw: line 16
import httpx
from flask import Blueprint, jsonify, request

from .jobs import enqueue_render

jobs_bp = Blueprint("jobs", __name__, url_prefix="/jobs")


@jobs_bp.post("/render")
def render():
    spec = request.get_json(force=True)
    job = enqueue_render(spec)
    callback_base = request.headers.get("X-Callback-Base")
    if callback_base:
        httpx.post(
            f"{callback_base.rstrip('/')}/render-events",
            json={"job_id": job.id, "state": "queued"},
            timeout=3.0,
        )
    return jsonify({"job_id": job.id}), 202
