import requests
from django.http import JsonResponse

PROVIDERS = {
    "github": "https://api.github.com/meta",
    "gitlab": "https://gitlab.com/api/v4/version",
}


def provider_status(request):
    provider = request.GET.get("provider", "github")
    url = PROVIDERS.get(provider)
    if url is None:
        return JsonResponse({"error": "unknown provider"}, status=400)
    return JsonResponse({"ok": requests.get(url, timeout=5).ok})
