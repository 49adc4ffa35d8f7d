import traceback

from django.http import HttpResponse


class ExceptionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        return HttpResponse("".join(traceback.format_exception(exception)), status=500, content_type="text/plain")
