# pattern: Django exception middleware (process_exception returning a response, ExceptionHandlerMiddleware style) — flaw at line 22
import logging
import traceback

from django.http import HttpResponseServerError

logger = logging.getLogger("api.errors")


class ApiExceptionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not request.path.startswith("/api/"):
            return None
        details = traceback.format_exc()
        logger.error("API failure on %s\n%s", request.path, details)
        return HttpResponseServerError(details, content_type="text/plain")
