import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def call_callback(request):
    method = request.POST.get("method", "POST")
    callback_url = request.POST["callback_url"]
    resp = requests.request(method, callback_url, json={"event": "ping"}, timeout=5)
    return JsonResponse({"status": resp.status_code})
