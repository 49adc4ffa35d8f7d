import traceback

from flask import Blueprint

from .tasks import run_sync

bp = Blueprint("sync", __name__)


@bp.post("/sync")
def sync():
    try:
        run_sync()
        return {"ok": True}
    except Exception:
        return {"ok": False, "traceback": traceback.format_exc()}, 500
