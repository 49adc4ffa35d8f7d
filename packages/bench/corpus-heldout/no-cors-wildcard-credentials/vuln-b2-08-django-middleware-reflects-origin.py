# pattern: hand-written Django middleware class setting Access-Control-Allow-Origin and Access-Control-Allow-Credentials (AccessControlAllowOrigin middleware in a public Django project); flaw: line 20
from django.http import HttpResponse


class CorsMiddleware:
    """Adds CORS headers so the SPA on another domain can call the API."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        is_preflight = (
            request.method == "OPTIONS"
            and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META
        )
        response = HttpResponse(status=204) if is_preflight else self.get_response(request)

        origin = request.headers.get("Origin")
        if origin:
            response["Access-Control-Allow-Origin"] = origin
            response["Access-Control-Allow-Credentials"] = "true"
            response["Access-Control-Allow-Methods"] = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
            response["Access-Control-Allow-Headers"] = "Authorization, Content-Type, X-CSRFToken"
            response["Vary"] = "Origin"
        return response
