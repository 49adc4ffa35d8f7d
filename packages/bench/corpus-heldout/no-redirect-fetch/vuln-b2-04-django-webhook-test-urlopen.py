# pattern: Django view sending a test ping to a user-supplied callback URL with urllib.request.urlopen (R99bbit/vulnerable-web-app SSRF/flask-urllib/app.py shape, ported to a Django settings page); flaw: line 26
import json
import urllib.error
import urllib.request

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@login_required
@require_POST
def test_webhook(request):
    callback_url = request.POST.get("callback_url", "").strip()
    if not callback_url:
        return JsonResponse({"ok": False, "error": "callback_url is required"}, status=400)

    body = json.dumps({"event": "ping", "account": request.user.pk}).encode()
    req = urllib.request.Request(
        callback_url,
        data=body,
        headers={"Content-Type": "application/json", "User-Agent": "Hookshot/2.1"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            status = resp.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except urllib.error.URLError:
        return JsonResponse({"ok": False, "error": "Could not reach the URL"}, status=400)
    return JsonResponse({"ok": 200 <= status < 300, "status": status})
