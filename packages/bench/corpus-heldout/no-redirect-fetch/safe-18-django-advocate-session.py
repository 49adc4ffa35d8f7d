# pattern: Django webhook test view using advocate.Session (JordanMilne/Advocate README: connect-time address validation wrapper for requests)
import json

import advocate
import requests
from advocate.exceptions import UnacceptableAddressException
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Webhook

_session = advocate.Session()


@login_required
@require_POST
def test_webhook(request, pk: int):
    hook = Webhook.objects.get(pk=pk, owner=request.user)
    body = json.loads(request.body or "{}")
    target = body.get("url") or hook.url
    try:
        resp = _session.post(target, json={"event": "ping", "webhook": hook.pk}, timeout=5)
    except UnacceptableAddressException:
        return JsonResponse({"ok": False, "error": "address not allowed"}, status=400)
    except requests.RequestException as exc:
        return JsonResponse({"ok": False, "error": type(exc).__name__}, status=502)
    return JsonResponse({"ok": resp.ok, "status": resp.status_code})
