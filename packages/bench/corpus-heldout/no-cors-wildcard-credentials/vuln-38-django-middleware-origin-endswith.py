# pattern: hand-written Django CORS middleware class (twalker1998/obis_api api/cors.py) with an endswith origin check; flaw: line 18
from django.http import HttpResponse

TRUSTED_SUFFIX = "acme.io"


class CorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            response = HttpResponse(status=204)
        else:
            response = self.get_response(request)

        origin = request.META.get("HTTP_ORIGIN")
        if origin and origin.endswith(TRUSTED_SUFFIX):
            response["Access-Control-Allow-Origin"] = origin
            response["Access-Control-Allow-Credentials"] = "true"
            response["Access-Control-Allow-Headers"] = "authorization, content-type, x-csrftoken"
            response["Access-Control-Allow-Methods"] = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
            response["Vary"] = "Origin"
        return response
