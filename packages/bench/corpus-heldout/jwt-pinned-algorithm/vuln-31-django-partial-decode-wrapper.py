# pattern: PyJWT jwt.decode wrapped with functools.partial in a Django view module (settings.JWT_PUBLIC_KEY); flaw: line 11
from functools import partial

import jwt
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Report

verify_token = partial(
    jwt.decode,
    key=settings.JWT_PUBLIC_KEY,
    audience="reports-api",
    options={"require": ["exp", "sub", "aud"]},
)


def _bearer(request):
    value = request.headers.get("Authorization", "")
    return value[7:] if value.startswith("Bearer ") else None


@require_GET
def report_list(request):
    token = _bearer(request)
    if token is None:
        return JsonResponse({"error": "unauthorized"}, status=401)
    try:
        claims = verify_token(token)
    except jwt.InvalidTokenError:
        return JsonResponse({"error": "unauthorized"}, status=401)
    reports = Report.objects.filter(owner_id=claims["sub"]).values("id", "title", "created_at")
    return JsonResponse({"owner": claims["sub"], "reports": list(reports)})
