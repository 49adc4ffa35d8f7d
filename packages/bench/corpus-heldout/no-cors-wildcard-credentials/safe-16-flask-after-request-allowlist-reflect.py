# pattern: Flask after_request reflecting Origin after an exact set lookup (const ALLOWED_ORIGINS blueprint idiom from code search)
from flask import Flask, request, session

app = Flask(__name__)
app.config.from_prefixed_env()

ALLOWED_ORIGINS = frozenset(
    {
        "https://northwind.com",
        "https://www.northwind.com",
        "https://portal.northwind.com",
    }
)


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRFToken"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PATCH, DELETE, OPTIONS"
    response.headers.add("Vary", "Origin")
    return response


@app.route("/api/profile")
def profile():
    if "user_id" not in session:
        return {"error": "unauthorized"}, 401
    return {"user_id": session["user_id"]}
