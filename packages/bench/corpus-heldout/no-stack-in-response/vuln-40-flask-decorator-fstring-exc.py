# pattern: Flask view decorator wrapping handlers in try/except (tryexception-style wrapper returning the error text with 500) — flaw at line 20
import functools
import logging

from flask import Flask, request

from .billing import apply_coupon, create_subscription

app = Flask(__name__)
log = logging.getLogger(__name__)


def handle_errors(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        try:
            return view(*args, **kwargs)
        except Exception as e:
            log.exception("view %s failed", view.__name__)
            return {"ok": False, "error": f"{type(e).__name__}: {e}"}, 500
    return wrapper


@app.post("/subscriptions")
@handle_errors
def subscribe():
    data = request.get_json(force=True)
    sub = create_subscription(data["customer_id"], data["plan"])
    return {"ok": True, "subscription": sub.id}, 201


@app.post("/subscriptions/<sub_id>/coupon")
@handle_errors
def coupon(sub_id):
    apply_coupon(sub_id, request.get_json(force=True)["code"])
    return {"ok": True}
