from urllib.parse import urlparse

import requests
from django.http import HttpResponseBadRequest, JsonResponse


def link_status(request):
    url = request.GET["url"]
    if urlparse(url).scheme not in ("http", "https"):
        return HttpResponseBadRequest("bad scheme")
    resp = requests.head(url, timeout=5)
    return JsonResponse({"status": resp.status_code})
