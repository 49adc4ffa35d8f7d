from django.core.exceptions import ValidationError
from django.http import JsonResponse

from .forms import validate_payload


def submit(request):
    try:
        validate_payload(request.POST)
    except ValidationError as e:
        return JsonResponse({"errors": e.messages}, status=400)
    return JsonResponse({"ok": True})
