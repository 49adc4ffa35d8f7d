import logging
import os
import traceback
import uuid

from aiohttp import web
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from fastapi import FastAPI, HTTPException, Request, status
from fastapi.responses import JSONResponse, PlainTextResponse
from flask import Flask, jsonify, make_response
from starlette.applications import Starlette
from tornado.web import Application
from werkzeug.serving import run_simple
from http.server import BaseHTTPRequestHandler

logger = logging.getLogger(__name__)

INSTALLED_APPS = ["django.contrib.admin"]
ROOT_URLCONF = "project.urls"

api = FastAPI()
app = Flask(__name__)


# ---- tracebacks: leak whatever the status ----

@api.get("/items")
async def list_items():
    try:
        return await load_items()
    except Exception:
        # ruleid: no-stack-in-response-stack-in-response
        return JSONResponse({"error": "failed", "trace": traceback.format_exc()}, status_code=500)


@api.get("/orders")
async def list_orders():
    try:
        return await load_orders()
    except Exception as exc:
        lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
        # ruleid: no-stack-in-response-stack-in-response
        return PlainTextResponse("".join(lines))


@api.get("/report")
async def report():
    try:
        return build_report()
    except Exception:
        # ruleid: no-stack-in-response-stack-in-response
        return {"error": traceback.format_exc()}


@api.get("/reports")
async def reports():
    try:
        return build_report()
    except Exception:
        # ruleid: no-stack-in-response-stack-in-response
        raise HTTPException(status_code=500, detail=traceback.format_exc())


@app.route("/flask-trace")
def flask_trace():
    try:
        return jsonify(run())
    except Exception:
        # ruleid: no-stack-in-response-stack-in-response
        return jsonify(error="failed", tb=traceback.format_tb(None)), 500


@app.route("/flask-tuple")
def flask_tuple():
    try:
        return run()
    except Exception:
        # ruleid: no-stack-in-response-stack-in-response
        return {"stack": "".join(traceback.format_stack())}, 500


def django_view(request):
    try:
        return JsonResponse(run())
    except Exception:
        # ruleid: no-stack-in-response-stack-in-response
        return HttpResponse(traceback.format_exc(), status=500)


async def aiohttp_view(request):
    try:
        return web.json_response(await run())
    except Exception:
        # ruleid: no-stack-in-response-stack-in-response
        return web.json_response({"trace": traceback.format_exc()}, status=500)


@api.get("/logged")
async def logged():
    try:
        return await load_items()
    except Exception:
        incident = str(uuid.uuid4())
        # ok: no-stack-in-response-stack-in-response
        logger.error("incident %s: %s", incident, traceback.format_exc())
        # ok: no-stack-in-response-error-message-in-response
        return JSONResponse({"error": "Internal Server Error", "incident": incident}, status_code=500)


# ---- exception text in 5xx responses ----

@api.post("/charge")
async def charge():
    try:
        return await do_charge()
    except Exception as e:
        # ruleid: no-stack-in-response-error-message-in-response
        return JSONResponse({"error": str(e)}, status_code=500)


@api.post("/refund")
async def refund():
    try:
        return await do_refund()
    except Exception as e:
        # ruleid: no-stack-in-response-error-message-in-response
        raise HTTPException(status_code=status.HTTP_500_INTERNAL_SERVER_ERROR, detail=f"refund failed: {e}")


@api.post("/validate")
async def validate(payload: dict):
    try:
        return check(payload)
    except ValueError as e:
        # ok: no-stack-in-response-error-message-in-response
        raise HTTPException(status_code=400, detail=str(e))


@app.route("/flask-500")
def flask_500():
    try:
        return run()
    except Exception as e:
        # ruleid: no-stack-in-response-error-message-in-response
        return jsonify(error=repr(e)), 500


@app.route("/flask-400")
def flask_400():
    try:
        return run()
    except KeyError as e:
        # ok: no-stack-in-response-error-message-in-response
        return jsonify(error=str(e)), 400


def django_500(request):
    try:
        return JsonResponse(run())
    except Exception as e:
        # ruleid: no-stack-in-response-error-object-in-response
        return JsonResponse({"error": str(e.args)}, status=500)


def django_server_error(request):
    try:
        return JsonResponse(run())
    except Exception as e:
        # ruleid: no-stack-in-response-error-message-in-response
        return HttpResponseServerError("failed: {}".format(e))


async def aiohttp_500(request):
    try:
        return web.json_response(await run())
    except Exception as e:
        # ruleid: no-stack-in-response-error-message-in-response
        return web.json_response({"error": str(e)}, status=500)


def code_only(request):
    try:
        return JsonResponse(run())
    except OSError as e:
        # ok: no-stack-in-response-error-message-in-response
        return JsonResponse({"error": "unavailable", "code": e.errno}, status=503)


@api.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception):
    # ruleid: no-stack-in-response-error-message-in-response
    return JSONResponse({"detail": str(exc)})


@api.exception_handler(Exception)
async def unhandled_generic(request: Request, exc: Exception):
    logger.exception("unhandled error", exc_info=exc)
    # ok: no-stack-in-response-error-message-in-response
    return JSONResponse({"detail": "Internal Server Error"}, status_code=500)


@app.errorhandler(Exception)
def flask_unhandled(e):
    # ruleid: no-stack-in-response-error-message-in-response
    return jsonify(error=str(e))


class ErrorMiddleware:
    def process_exception(self, request, exception):
        # ruleid: no-stack-in-response-error-message-in-response
        return JsonResponse({"error": str(exception)})


@web.middleware
async def error_middleware(request, handler):
    try:
        return await handler(request)
    except Exception as ex:
        # ruleid: no-stack-in-response-error-message-in-response
        return web.json_response({"error": str(ex)})


# ---- debug mode ----

# ruleid: no-stack-in-response-debug-mode-enabled
DEBUG = True

# ok: no-stack-in-response-debug-mode-enabled
DEBUG = os.environ.get("DEBUG") == "1"

if __name__ == "__main__":
    # ruleid: no-stack-in-response-debug-mode-enabled
    app.run(host="0.0.0.0", debug=True)

# ok: no-stack-in-response-debug-mode-enabled
app.run(debug=os.environ.get("FLASK_DEBUG") == "1")

# ruleid: no-stack-in-response-debug-mode-enabled
app.debug = True

# ruleid: no-stack-in-response-debug-mode-enabled
app.config["DEBUG"] = True

# ok: no-stack-in-response-debug-mode-enabled
app.config["DEBUG"] = os.environ.get("DEBUG") == "1"

# ruleid: no-stack-in-response-debug-mode-enabled
debug_api = FastAPI(debug=True)

# ok: no-stack-in-response-debug-mode-enabled
quiet_api = FastAPI(debug=os.getenv("DEBUG") == "1")

# ruleid: no-stack-in-response-debug-mode-enabled
star = Starlette(debug=True, routes=[])

# ruleid: no-stack-in-response-debug-mode-enabled
tornado_app = Application([], debug=True)

# ruleid: no-stack-in-response-debug-mode-enabled
run_simple("localhost", 5000, app, use_debugger=True, use_reloader=True)

# ok: no-stack-in-response-debug-mode-enabled
run_simple("localhost", 5000, app, use_reloader=True)


# ---- one form at a time (each of these once went silent when it was the only form in a file) ----

@app.route("/flask-plain-trace")
def flask_plain_trace():
    try:
        return run()
    except Exception:
        body = {"trace": traceback.format_exc()}
        # ruleid: no-stack-in-response-stack-in-response
        return jsonify(body)


@api.get("/only-exception")
async def only_exception():
    try:
        return await load_items()
    except Exception as e:
        lines = traceback.TracebackException.from_exception(e).format()
        # ruleid: no-stack-in-response-stack-in-response
        return PlainTextResponse("".join(lines), status_code=200)


def django_plain_trace(request):
    try:
        return JsonResponse(run())
    except Exception:
        # ruleid: no-stack-in-response-stack-in-response
        return JsonResponse({"trace": traceback.format_exception_only(ValueError, None)})


@api.post("/pay")
async def pay():
    try:
        return await do_charge()
    except Exception as e:
        # ruleid: no-stack-in-response-error-message-in-response
        return JSONResponse({"error": "payment failed: %s" % e}, status_code=status.HTTP_502_BAD_GATEWAY)


@api.post("/pay-quietly")
async def pay_quietly():
    try:
        return await do_charge()
    except Exception as e:
        # ruleid: no-stack-in-response-error-message-in-response
        return {"error": str(e)}


@api.exception_handler(Exception)
async def unhandled_as_400(request: Request, exc: Exception):
    # ok: no-stack-in-response-error-message-in-response
    return JSONResponse({"detail": str(exc)}, status_code=400)


@app.errorhandler(Exception)
def flask_unhandled_generic(e):
    logger.exception("unhandled")
    # ok: no-stack-in-response-error-message-in-response
    return jsonify(error="Internal Server Error"), 500


# ruleid: no-stack-in-response-debug-mode-enabled
app.config.update(SECRET_KEY=os.environ["SECRET_KEY"], DEBUG=True)

# ok: no-stack-in-response-debug-mode-enabled
app.config.update(DEBUG=False, TESTING=True)

# ok: no-stack-in-response-debug-mode-enabled
app.run(debug=False, threaded=True)

# ok: no-stack-in-response-debug-mode-enabled
app.testing = True

# ok: no-stack-in-response-debug-mode-enabled
app.config["TESTING"] = True

# ok: no-stack-in-response-debug-mode-enabled
star_quiet = Starlette(debug=False, routes=[])

# ok: no-stack-in-response-debug-mode-enabled
tornado_quiet = Application([], autoreload=True)

LOCAL_DEBUG = True
# ruleid: no-stack-in-response-debug-mode-enabled
app.run(port=5000, debug=LOCAL_DEBUG)

if os.environ.get("LOCAL"):
    # ok: no-stack-in-response-debug-mode-enabled
    DEBUG = True


class DevSettings:
    # ok: no-stack-in-response-debug-mode-enabled
    DEBUG = True


def configure():
    # ok: no-stack-in-response-debug-mode-enabled
    DEBUG = True
    return DEBUG


# debug=True of APIs that are not a web application's debug mode
import unittest

from django.template import Engine

suite = unittest.TestSuite()
unittest.TextTestRunner().run(suite)
# ok: no-stack-in-response-debug-mode-enabled
suite.run(unittest.TestResult(), debug=True)

# ok: no-stack-in-response-debug-mode-enabled
template_engine = Engine(debug=True)
# ok: no-stack-in-response-debug-mode-enabled
template_engine.debug = True
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "OPTIONS": {}}]
# ok: no-stack-in-response-debug-mode-enabled
TEMPLATES[0]["OPTIONS"]["debug"] = True

# ok: no-stack-in-response-debug-mode-enabled
logging.basicConfig(level=logging.DEBUG)


def build_index(paths, debug=False):
    return sorted(paths)


# ok: no-stack-in-response-debug-mode-enabled
build_index(["a", "b"], debug=True)


class Job:
    def run(self, debug=False):
        return debug


# ok: no-stack-in-response-debug-mode-enabled
Job().run(debug=True)

worker = Job()
# ok: no-stack-in-response-debug-mode-enabled
worker.run(debug=True)

# the same switches on web applications still fire
flask_app = Flask("api")
# ruleid: no-stack-in-response-debug-mode-enabled
flask_app.run(debug=True)

site = Flask("site")
# ruleid: no-stack-in-response-debug-mode-enabled
site.config["DEBUG"] = True
# ruleid: no-stack-in-response-debug-mode-enabled
site.run(port=8000, debug=True)


# ---- issue #14: settings values that only mention True, aiohttp debug, http.server, GraphQL hooks, error handlers

# ok: no-stack-in-response-debug-mode-enabled
DEBUG = get_bool_from_env("DEBUG", True)

# ok: no-stack-in-response-debug-mode-enabled
DEBUG = envbool("DEBUG", "True")

# ruleid: no-stack-in-response-debug-mode-enabled
aio_app = web.Application(debug=True)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        try:
            self.send_response(200)
            self.end_headers()
            self.wfile.write(render().encode())
        except Exception:
            self.send_response(500)
            self.end_headers()
            # ruleid: no-stack-in-response-stack-in-response
            self.wfile.write(traceback.format_exc().encode())


def format_error(error):
    formatted = {"message": "failed"}
    formatted["trace"] = traceback.format_exc()
    # ruleid: no-stack-in-response-stack-in-response
    return formatted


@app.errorhandler(500)
def server_error(e):
    # ruleid: no-stack-in-response-error-message-in-response
    return str(e), 500


@api.post("/divide")
async def divide():
    try:
        value = 1 / 0
    except Exception as e:
        # Semgrep's taint engine sees no way into an except block whose try body makes no call.
        # todoruleid: no-stack-in-response-error-message-in-response
        raise HTTPException(500, str(e))


@api.post("/object")
async def error_object():
    try:
        return await do_charge()
    except Exception as e:
        # ruleid: no-stack-in-response-error-object-in-response
        return {"error": e.args}


@api.post("/object-logged")
async def error_object_logged():
    try:
        return await do_charge()
    except Exception as e:
        logger.error("failed: %s", e.args)
        # ok: no-stack-in-response-error-object-in-response
        return {"error": "failed"}


@app.errorhandler(404)
def not_found(e):
    # ok: no-stack-in-response-error-message-in-response
    return jsonify(error=str(e)), 404


# ---- held-out patterns: handler variables, GraphQL error formatters, catch-all middleware, debug-only branches

@app.errorhandler(500)
def server_error_original(e):
    cause = getattr(e, "original_exception", None) or e
    # ruleid: no-stack-in-response-error-message-in-response
    return jsonify(message=str(cause)), 500


def format_error(error):
    payload = error.formatted
    # ruleid: no-stack-in-response-stack-in-response
    payload.setdefault("extensions", {})["trace"] = traceback.format_tb(error.__traceback__)
    return payload


def my_error_formatter(error, debug=False):
    payload = dict(error.formatted)
    payload["extensions"] = {"stacktrace": traceback.format_exception(error)}
    # ruleid: no-stack-in-response-stack-in-response
    return payload


class SchemaView:
    @staticmethod
    def format_error(error):
        payload = {"message": "failed"}
        payload["context"] = {"tb": "".join(traceback.format_tb(error.__traceback__))}
        # ruleid: no-stack-in-response-stack-in-response
        return payload


@api.middleware("http")
async def catch_all(request: Request, call_next):
    try:
        return await call_next(request)
    except Exception as exc:
        code = getattr(exc, "status_code", 500)
        # ruleid: no-stack-in-response-error-message-in-response
        return JSONResponse({"error": str(exc)}, status_code=code)


@api.middleware("http")
async def catch_all_as_400(request: Request, call_next):
    try:
        return await call_next(request)
    except Exception as exc:
        # ok: no-stack-in-response-error-message-in-response
        return JSONResponse({"error": str(exc)}, status_code=status.HTTP_400_BAD_REQUEST)


@app.errorhandler(500)
def server_error_debug_only(e):
    body = {"error": "internal server error"}
    if app.debug:
        body["trace"] = traceback.format_exc()
    # ok: no-stack-in-response-stack-in-response
    return jsonify(body), 500


# --- Django REST framework EXCEPTION_HANDLER --------------------------------------------------------

from rest_framework.response import Response as DrfResponse
from rest_framework.views import exception_handler as drf_exception_handler


def api_exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is None:
        # ruleid: no-stack-in-response-error-message-in-response
        return DrfResponse({"error": "unexpected", "detail": str(exc)}, status=500)
    return response


def api_exception_handler_default_status(exc, context):
    response = drf_exception_handler(exc, context)
    if response is None:
        # ruleid: no-stack-in-response-error-message-in-response
        return DrfResponse({"detail": f"{type(exc).__name__}: {exc}"})
    return response


def api_exception_handler_generic(exc, context):
    response = drf_exception_handler(exc, context)
    if response is None:
        logging.getLogger("api").exception("unhandled", exc_info=exc)
        # ok: no-stack-in-response-error-message-in-response
        return DrfResponse({"detail": "Internal server error", "id": uuid.uuid4().hex}, status=500)
    # ok: no-stack-in-response-error-message-in-response
    return DrfResponse({"detail": str(exc)}, status=response.status_code if response.status_code < 500 else 400)


def api_exception_handler_handled_only(exc, context):
    response = drf_exception_handler(exc, context)
    if response is not None:
        # ok: no-stack-in-response-error-message-in-response
        return DrfResponse({"detail": str(exc), "code": response.status_code}, status=400)
    return response
