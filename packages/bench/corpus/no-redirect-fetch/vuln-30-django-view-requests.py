import requests
from django.http import JsonResponse


def link_preview(request):
    url = request.GET.get("url", "")
    resp = requests.get(url, timeout=3)
    return JsonResponse({"status": resp.status_code, "type": resp.headers.get("content-type")})
