# pattern: Django webhook registration with a validate_url that only checks the http(s) prefix (label_studio-style WebhookSerializer.validate_url from code search); flaw: line 21
import json

import requests
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Webhook


@login_required
@require_POST
def create_webhook(request):
    data = json.loads(request.body or "{}")
    url = data.get("url", "")
    if not url.startswith(("http://", "https://")):
        return JsonResponse({"error": "URL must start with http:// or https://"}, status=400)
    hook = Webhook.objects.create(owner=request.user, url=url, events=data.get("events", ["*"]))
    try:
        ping = requests.post(url, json={"event": "ping", "id": hook.pk}, timeout=5, allow_redirects=False)
        hook.last_status = ping.status_code
    except requests.RequestException:
        hook.last_status = None
    hook.save(update_fields=["last_status"])
    return JsonResponse({"id": hook.pk, "last_status": hook.last_status}, status=201)
