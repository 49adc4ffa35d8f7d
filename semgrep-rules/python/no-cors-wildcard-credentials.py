# Test cases for no-cors-wildcard-credentials. Django settings scenarios sit in `if SCENARIO == n:` blocks;
# a module without INSTALLED_APPS / MIDDLEWARE / ROOT_URLCONF is covered by the docs examples, which run one file each.
import os
import re

import aiohttp_cors
from aiohttp import web
from aiohttp_cors import ResourceOptions
from django.http import JsonResponse
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask, jsonify, make_response, request
from flask_cors import CORS, cross_origin
from litestar import Litestar
from litestar.config.cors import CORSConfig
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware as StarletteCORS
from starlette.responses import JSONResponse

ALLOWED_ORIGINS = os.environ["CORS_ORIGINS"].split(",")

# --- Starlette / FastAPI ---------------------------------------------------------------------

app = FastAPI()
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])

# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(CORSMiddleware, allow_credentials=True, allow_origins=["*"])

EVERYONE = ["*"]
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(StarletteCORS, allow_origins=EVERYONE, allow_credentials=True)

starlette_app = Starlette(
    middleware=[
        # ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
        Middleware(StarletteCORS, allow_origins=["*"], allow_credentials=True),
    ]
)

# ruleid: no-cors-wildcard-credentials-loose-origin-regex
app.add_middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True)

# ruleid: no-cors-wildcard-credentials-loose-origin-regex
app.add_middleware(CORSMiddleware, allow_origin_regex=r"https?://.*", allow_credentials=True)

# ruleid: no-cors-wildcard-credentials-loose-origin-regex
app.add_middleware(CORSMiddleware, allow_origin_regex=r"https://app.example.com", allow_credentials=True)

# ok: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(CORSMiddleware, allow_origins=ALLOWED_ORIGINS, allow_credentials=True)

# ok: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)

# ok: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])

# ok: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False)

# ok: no-cors-wildcard-credentials-loose-origin-regex
app.add_middleware(CORSMiddleware, allow_origin_regex=r"https://([a-z]+\.)?example\.com", allow_credentials=True)

# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
fastapi_app = FastAPI(middleware=[Middleware(CORSMiddleware, allow_origins=("*",), allow_credentials=True)])

EVERYONE_TUPLE = ("https://app.example.com", "*")
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(CORSMiddleware, allow_credentials=True, allow_origins=EVERYONE_TUPLE)

# ruleid: no-cors-wildcard-credentials-loose-origin-regex
app.add_middleware(CORSMiddleware, allow_origin_regex="^.+$", allow_credentials=True)

# ok: no-cors-wildcard-credentials-loose-origin-regex
app.add_middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=False)


class CORSMiddlewareLike:
    pass


# ok: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(CORSMiddlewareLike, allow_origins=["*"], allow_credentials=True)

# --- flask-cors ----------------------------------------------------------------------------------

flask_app = Flask(__name__)
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
CORS(flask_app, supports_credentials=True)

# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
CORS(flask_app, origins="*", supports_credentials=True)

# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
CORS(flask_app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)

# ok: no-cors-wildcard-credentials-any-origin-with-credentials
CORS(flask_app, origins=ALLOWED_ORIGINS, supports_credentials=True)

# ok: no-cors-wildcard-credentials-any-origin-with-credentials
CORS(flask_app, resources={r"/api/*": {"origins": ["https://app.example.com"]}}, supports_credentials=True)

# ok: no-cors-wildcard-credentials-any-origin-with-credentials
CORS(flask_app)

# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
CORS(flask_app, origins=["https://app.example.com", "*"], supports_credentials=True)

FLASK_ORIGINS = ["*"]
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
CORS(flask_app, supports_credentials=True, origins=FLASK_ORIGINS)

# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
CORS(flask_app, resources={r"/api/*": {"origins": ["*"], "max_age": 600}}, supports_credentials=True)

# ok: no-cors-wildcard-credentials-any-origin-with-credentials
CORS(flask_app, origins="*", supports_credentials=False)


@flask_app.route("/me")
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
@cross_origin(supports_credentials=True)
def me():
    return jsonify(user="x")


@flask_app.route("/profile")
# ok: no-cors-wildcard-credentials-any-origin-with-credentials
@cross_origin(origins=["https://app.example.com"], supports_credentials=True)
def profile():
    return jsonify(user="x")


@flask_app.route("/legacy")
# ok: no-cors-wildcard-credentials-any-origin-with-credentials
@cross_origin("https://app.example.com", supports_credentials=True)
def legacy():
    return jsonify(user="x")


@flask_app.route("/open")
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
@cross_origin(origins="*", supports_credentials=True)
def open_view():
    return jsonify(user="x")


@flask_app.route("/public")
# ok: no-cors-wildcard-credentials-any-origin-with-credentials
@cross_origin()
def public_view():
    return jsonify(user="x")


# --- django-cors-headers -------------------------------------------------------------------------

SCENARIO = int(os.environ.get("SCENARIO", "0"))

if SCENARIO == 1:
    INSTALLED_APPS = ["corsheaders", "django.contrib.auth"]
    # ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
    CORS_ALLOW_ALL_ORIGINS = True
    CORS_ALLOW_CREDENTIALS = True

if SCENARIO == 2:
    CORS_ALLOW_CREDENTIALS = True
    # ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
    CORS_ORIGIN_ALLOW_ALL = True
    ROOT_URLCONF = "project.urls"

if SCENARIO == 3:
    MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
    CORS_ALLOW_CREDENTIALS = True
    # ruleid: no-cors-wildcard-credentials-loose-origin-regex
    CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://.*$"]

if SCENARIO == 4:
    MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
    CORS_ALLOW_CREDENTIALS = True
    # ruleid: no-cors-wildcard-credentials-loose-origin-regex
    CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\w+\.example\.com"]

if SCENARIO == 6:
    INSTALLED_APPS = ["corsheaders"]
    CORS_ALLOW_CREDENTIALS = True
    # ok: no-cors-wildcard-credentials-loose-origin-regex
    CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://([a-z]+\.)?example\.com$"]
    CORS_ALLOWED_ORIGINS = ["https://app.example.com"]

if SCENARIO == 7:
    ROOT_URLCONF = "project.urls"
    CORS_ALLOW_CREDENTIALS = True
    # ruleid: no-cors-wildcard-credentials-loose-origin-regex
    CORS_ORIGIN_REGEX_WHITELIST = (r"^https://app.example.com$",)

if SCENARIO == 8:
    ROOT_URLCONF = "project.urls"
    CORS_ALLOW_CREDENTIALS = True
    # ruleid: no-cors-wildcard-credentials-loose-origin-regex
    CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://(www|shop).example\.org$"]

if SCENARIO == 9:
    ROOT_URLCONF = "project.urls"
    CORS_ALLOW_CREDENTIALS = True
    # ok: no-cors-wildcard-credentials-loose-origin-regex
    CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://(www|shop)\.example\.org$"]

if SCENARIO == 10:
    MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]
    CORS_ALLOW_CREDENTIALS = True
    # ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
    CORS_ALLOWED_ORIGINS = ["https://app.example.org", "null"]

if SCENARIO == 11:
    ROOT_URLCONF = "project.urls"
    CORS_ALLOW_CREDENTIALS = True
    # ruleid: no-cors-wildcard-credentials-loose-origin-regex
    CORS_ALLOWED_ORIGIN_REGEXES = [re.compile(r"^https://\w+\.example\.org")]

if SCENARIO == 12:
    ROOT_URLCONF = "project.urls"
    CORS_ALLOW_CREDENTIALS = True
    # ok: no-cors-wildcard-credentials-loose-origin-regex
    CORS_ALLOWED_ORIGIN_REGEXES = [re.compile(r"^https://\w+\.example\.org$")]

if SCENARIO == 5:
    # Last on purpose: Semgrep's `...` reaches into later blocks, and no block after this one allows credentials.
    INSTALLED_APPS = ["corsheaders"]
    # ok: no-cors-wildcard-credentials-any-origin-with-credentials
    CORS_ALLOW_ALL_ORIGINS = True

# --- aiohttp-cors --------------------------------------------------------------------------------


def setup_cors(aio_app):
    # ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
    return aiohttp_cors.setup(aio_app, defaults={"*": ResourceOptions(allow_credentials=True, expose_headers="*")})


def setup_cors_from_variable(aio_app):
    options = aiohttp_cors.ResourceOptions(allow_credentials=True, allow_headers="*")
    # ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
    return aiohttp_cors.setup(aio_app, defaults={"*": options})


def setup_cors_allowlist(aio_app):
    # ok: no-cors-wildcard-credentials-any-origin-with-credentials
    cors = aiohttp_cors.setup(aio_app, defaults={"https://app.example.com": ResourceOptions(allow_credentials=True)})
    # ok: no-cors-wildcard-credentials-any-origin-with-credentials
    cors.add(aio_app.router.add_get("/public", handler), {"*": ResourceOptions(allow_credentials=False)})
    return cors


def add_route_cors(cors, route):
    # ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
    cors.add(route, {"*": aiohttp_cors.ResourceOptions(allow_credentials=True)})
    # ok: no-cors-wildcard-credentials-any-origin-with-credentials
    cors.add(route, {"*": aiohttp_cors.ResourceOptions(allow_headers="*")})


# --- Litestar ------------------------------------------------------------------------------------

# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
litestar_app = Litestar(route_handlers=[], cors_config=CORSConfig(allow_credentials=True))

# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
wildcard_config = CORSConfig(allow_origins=["*"], allow_credentials=True)

# ok: no-cors-wildcard-credentials-any-origin-with-credentials
pinned_config = CORSConfig(allow_origins=ALLOWED_ORIGINS, allow_credentials=True)

# ok: no-cors-wildcard-credentials-any-origin-with-credentials
public_config = CORSConfig(allow_origins=["*"])

LITESTAR_ORIGINS = ["*"]
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
variable_config = CORSConfig(allow_credentials=True, allow_origins=LITESTAR_ORIGINS)

# ok: no-cors-wildcard-credentials-any-origin-with-credentials
closed_config = CORSConfig(allow_credentials=False)

# --- hand-written headers ------------------------------------------------------------------------


@flask_app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    # ruleid: no-cors-wildcard-credentials-reflected-origin-header
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def django_view(request):
    response = JsonResponse({"ok": True})
    response["Access-Control-Allow-Credentials"] = "true"
    # ruleid: no-cors-wildcard-credentials-reflected-origin-header
    response["Access-Control-Allow-Origin"] = request.META.get("HTTP_ORIGIN", "")
    return response


async def starlette_endpoint(request):
    return JSONResponse(
        {"ok": True},
        headers={
            # ruleid: no-cors-wildcard-credentials-reflected-origin-header
            "Access-Control-Allow-Origin": request.headers.get("origin", ""),
            "Access-Control-Allow-Credentials": "true",
        },
    )


def wildcard_with_credentials(response):
    # ruleid: no-cors-wildcard-credentials-reflected-origin-header
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


@flask_app.after_request
def checked_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        # ok: no-cors-wildcard-credentials-reflected-origin-header
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def checked_early(request):
    origin = request.headers.get("Origin", "")
    if origin not in ALLOWED_ORIGINS:
        return JsonResponse({"error": "forbidden"}, status=403)
    response = JsonResponse({"ok": True})
    # ok: no-cors-wildcard-credentials-reflected-origin-header
    response["Access-Control-Allow-Origin"] = origin
    response["Access-Control-Allow-Credentials"] = "true"
    return response


def reflected_without_credentials(response):
    # ok: no-cors-wildcard-credentials-reflected-origin-header
    response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "")
    return response


def public_wildcard(response):
    # ok: no-cors-wildcard-credentials-reflected-origin-header
    response.headers["Access-Control-Allow-Origin"] = "*"
    return make_response(response)


async def aiohttp_handler(request):
    response = web.json_response({"ok": True})
    response.headers["Access-Control-Allow-Credentials"] = "true"
    # ruleid: no-cors-wildcard-credentials-reflected-origin-header
    response.headers.add("Access-Control-Allow-Origin", request.headers["Origin"])
    return response


def flask_origin_attribute(response):
    # ruleid: no-cors-wildcard-credentials-reflected-origin-header
    response.headers.set("Access-Control-Allow-Origin", request.origin)
    response.headers.set("Access-Control-Allow-Credentials", "true")
    return response


def reflected_in_return(request):
    origin = request.headers["origin"]
    return JSONResponse(
        {"ok": True},
        # ruleid: no-cors-wildcard-credentials-reflected-origin-header
        headers={"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true"},
    )


def truthiness_is_not_a_check(response):
    origin = request.headers.get("Origin")
    if origin:
        # ruleid: no-cors-wildcard-credentials-reflected-origin-header
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def checked_by_conditional(response):
    origin = request.headers.get("Origin", "")
    # ok: no-cors-wildcard-credentials-reflected-origin-header
    response.headers["Access-Control-Allow-Origin"] = origin if origin in ALLOWED_ORIGINS else ""
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def checked_by_reassignment(response):
    origin = request.headers.get("Origin", "")
    origin = origin if origin in ALLOWED_ORIGINS else "https://app.example.com"
    # ok: no-cors-wildcard-credentials-reflected-origin-header
    response.headers["Access-Control-Allow-Origin"] = origin
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def fixed_origin_with_credentials(response):
    # ok: no-cors-wildcard-credentials-reflected-origin-header
    response.headers["Access-Control-Allow-Origin"] = "https://app.example.com"
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def reflected_through_two_variables(response):
    origin = request.headers.get("Origin", "")
    cleaned = origin.strip()
    # ruleid: no-cors-wildcard-credentials-reflected-origin-header
    response.headers["Access-Control-Allow-Origin"] = cleaned
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def reflected_through_three_hops(response):
    raw = request.headers.get("Origin", "")
    lowered = raw.lower()
    value = f"{lowered}"
    # ruleid: no-cors-wildcard-credentials-reflected-origin-header
    response.headers["Access-Control-Allow-Origin"] = value
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


# --- options through **kwargs ----------------------------------------------------------------------

FLASK_CORS_OPTIONS = {"supports_credentials": True, "origins": "*"}
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
CORS(flask_app, **FLASK_CORS_OPTIONS)

FLASK_CORS_DEFAULT_ORIGINS = dict(supports_credentials=True, max_age=600)
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
CORS(flask_app, **FLASK_CORS_DEFAULT_ORIGINS)

FLASK_CORS_PINNED = {"supports_credentials": True, "origins": ALLOWED_ORIGINS}
# ok: no-cors-wildcard-credentials-any-origin-with-credentials
CORS(flask_app, **FLASK_CORS_PINNED)

STARLETTE_CORS = dict(allow_origins=["*"], allow_credentials=True, allow_methods=["*"])
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(CORSMiddleware, **STARLETTE_CORS)


def cors_options_from_settings(settings):
    # ok: no-cors-wildcard-credentials-any-origin-with-credentials
    CORS(flask_app, **settings.CORS)


# --- hand-written Origin checks ---------------------------------------------------------------------


def suffix_checked(response):
    origin = request.headers.get("Origin", "")
    # ruleid: no-cors-wildcard-credentials-loose-origin-check
    if origin.endswith("example.com"):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def prefix_checked(response):
    origin = request.headers.get("Origin", "")
    # ruleid: no-cors-wildcard-credentials-loose-origin-check
    if origin.startswith("https://app.example.com"):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def substring_checked(response):
    origin = request.headers.get("Origin", "")
    # ruleid: no-cors-wildcard-credentials-loose-origin-check
    if "example.com" in origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def subdomain_suffix_checked(response):
    origin = request.headers.get("Origin", "")
    # ok: no-cors-wildcard-credentials-loose-origin-check
    if origin.endswith(".example.com"):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
    return response


def suffix_checked_without_credentials(response):
    origin = request.headers.get("Origin", "")
    # ok: no-cors-wildcard-credentials-loose-origin-check
    if origin.endswith("example.com"):
        response.headers["Access-Control-Allow-Origin"] = origin
    return response


# --- origin regexes with an unescaped dot, `null` origins, flask-cors settings -------------------

PREVIEW_CORS = {
    "allow_origin_regex": r"https://[a-z0-9-]+.preview\.example\.org",
    "allow_credentials": True,
    "allow_methods": ["GET"],
}
ESCAPED_PREVIEW_CORS = {
    "allow_origin_regex": r"https://[a-z0-9-]+\.preview\.example\.org",
    "allow_credentials": True,
}


def build_preview_app():
    preview = FastAPI()
    # ruleid: no-cors-wildcard-credentials-loose-origin-regex
    preview.add_middleware(CORSMiddleware, **PREVIEW_CORS)
    # ok: no-cors-wildcard-credentials-loose-origin-regex
    preview.add_middleware(CORSMiddleware, **ESCAPED_PREVIEW_CORS)
    return preview


BROWSER_ORIGINS = ["https://notes.example.org"]
SHELL_ORIGINS = ["null"]
STAGING_ORIGINS = ["https://staging.notes.example.org"]
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(CORSMiddleware, allow_origins=BROWSER_ORIGINS + SHELL_ORIGINS, allow_credentials=True)
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(CORSMiddleware, allow_origins=BROWSER_ORIGINS + ["null"], allow_credentials=True)
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(CORSMiddleware, allow_origins=[*BROWSER_ORIGINS, *SHELL_ORIGINS], allow_credentials=True)
# ok: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(CORSMiddleware, allow_origins=BROWSER_ORIGINS + STAGING_ORIGINS, allow_credentials=True)
# ok: no-cors-wildcard-credentials-any-origin-with-credentials
app.add_middleware(CORSMiddleware, allow_origins=BROWSER_ORIGINS + SHELL_ORIGINS, allow_credentials=False)
# ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
CORS(flask_app, origins=["https://notes.example.org", "null"], supports_credentials=True)

# ruleid: no-cors-wildcard-credentials-loose-origin-regex
CORS(flask_app, origins=[r"https://.*\.shop\.example\.org"], supports_credentials=True)
# ruleid: no-cors-wildcard-credentials-loose-origin-regex
CORS(flask_app, resources={r"/api/*": {"origins": r"^https://(app|admin).example\.org$"}}, supports_credentials=True)
# ok: no-cors-wildcard-credentials-loose-origin-regex
CORS(flask_app, origins=[r"^https://.*\.shop\.example\.org$"], supports_credentials=True)
# ok: no-cors-wildcard-credentials-loose-origin-regex
CORS(flask_app, origins=["https://shop.example.org"], supports_credentials=True)
# ok: no-cors-wildcard-credentials-loose-origin-regex
CORS(flask_app, origins=[r"https://.*\.shop\.example\.org"])


class ShopConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    # ruleid: no-cors-wildcard-credentials-loose-origin-regex
    CORS_ORIGINS = [r"https://.*\.shop\.example\.org", "http://localhost:3000"]
    CORS_SUPPORTS_CREDENTIALS = True


class AnchoredShopConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    # ok: no-cors-wildcard-credentials-loose-origin-regex
    CORS_ORIGINS = [r"^https://[a-z]+\.shop\.example\.org$", "http://localhost:3000"]
    CORS_SUPPORTS_CREDENTIALS = True


class PublicShopConfig:
    # ok: no-cors-wildcard-credentials-loose-origin-regex
    CORS_ORIGINS = [r"https://.*\.shop\.example\.org"]
    CORS_SUPPORTS_CREDENTIALS = False


class EveryOriginConfig:
    CORS_SUPPORTS_CREDENTIALS = True
    # ruleid: no-cors-wildcard-credentials-any-origin-with-credentials
    CORS_ORIGINS = "*"


def configure_shop(shop_app):
    shop_app.config["CORS_SUPPORTS_CREDENTIALS"] = True
    # ruleid: no-cors-wildcard-credentials-loose-origin-regex
    shop_app.config["CORS_ORIGINS"] = r"https://.+\.shop\.example\.org"
    # ruleid: no-cors-wildcard-credentials-loose-origin-regex
    shop_app.config.update(CORS_ORIGINS=[r"https://(www|m).shop\.example\.org$"], CORS_SUPPORTS_CREDENTIALS=True)
    # ok: no-cors-wildcard-credentials-loose-origin-regex
    shop_app.config.update(CORS_ORIGINS=[r"https://(www|m)\.shop\.example\.org$"], CORS_SUPPORTS_CREDENTIALS=True)
    CORS(shop_app)

# ruleid: no-cors-wildcard-credentials-loose-origin-regex
CORS(flask_app, origins=[re.compile(r"https://.*\.shop\.example\.org")], supports_credentials=True)
# ok: no-cors-wildcard-credentials-loose-origin-regex
CORS(flask_app, origins=[re.compile(r"^https://[a-z]+\.shop\.example\.org$")], supports_credentials=True)
# ruleid: no-cors-wildcard-credentials-loose-origin-regex
preview_config = CORSConfig(allow_origins=["https://www.example.org"], allow_origin_regex=r"https://pr-[0-9]+.preview\.example\.org", allow_credentials=True)
# ok: no-cors-wildcard-credentials-loose-origin-regex
escaped_preview_config = CORSConfig(allow_origins=["https://www.example.org"], allow_origin_regex=r"https://pr-[0-9]+\.preview\.example\.org", allow_credentials=True)
