# pattern: Flask blueprint after_app_request origin check against a domain string (const ALLOWED_ORIGINS blueprint idiom from code search); flaw: line 12
from flask import Blueprint, request

cors_bp = Blueprint("cors", __name__)

COMPANY_DOMAIN = "northwind.com"


@cors_bp.after_app_request
def apply_cors(response):
    origin = request.headers.get("Origin", "")
    if origin and COMPANY_DOMAIN in origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRFToken"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PATCH, DELETE, OPTIONS"
        response.headers.add("Vary", "Origin")
    return response
