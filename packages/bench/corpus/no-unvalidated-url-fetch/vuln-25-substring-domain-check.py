import requests
from django.http import HttpResponseBadRequest, JsonResponse


def fetch_avatar(request):
    avatar_url = request.GET.get("avatar", "")
    if "gravatar.com" in avatar_url:
        resp = requests.get(avatar_url, timeout=5, allow_redirects=False)
        return JsonResponse({"size": len(resp.content)})
    return HttpResponseBadRequest("unsupported avatar host")
