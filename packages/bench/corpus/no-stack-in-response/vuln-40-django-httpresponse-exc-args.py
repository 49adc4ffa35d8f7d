from django.http import HttpResponse, HttpResponseServerError

from .payments import charge


def pay(request):
    try:
        charge(request.user, request.POST["amount"])
        return HttpResponse("paid")
    except Exception as e:
        return HttpResponseServerError(f"payment error: {e.args}")
