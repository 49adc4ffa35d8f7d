# pattern: Django login view issuing a PyJWT token with jwt.encode (pyjwt docs usage, encode only)
import json
from datetime import datetime, timedelta, timezone

import jwt
from django.conf import settings
from django.contrib.auth import authenticate
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

ACCESS_TTL = timedelta(minutes=15)
REFRESH_TTL = timedelta(days=7)


def _issue(user, ttl: timedelta, kind: str) -> str:
    now = datetime.now(timezone.utc)
    payload = {
        "sub": str(user.pk),
        "username": user.get_username(),
        "typ": kind,
        "iat": now,
        "exp": now + ttl,
    }
    return jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")


@csrf_exempt
@require_POST
def login(request):
    body = json.loads(request.body or "{}")
    user = authenticate(request, username=body.get("username"), password=body.get("password"))
    if user is None:
        return JsonResponse({"detail": "Invalid credentials"}, status=401)
    return JsonResponse(
        {
            "access": _issue(user, ACCESS_TTL, "access"),
            "refresh": _issue(user, REFRESH_TTL, "refresh"),
        }
    )
