# pattern: Django search view forwarding the query string to settings.SEARCH_SERVICE_URL (PREVIEW_SERVICE_URL settings idiom from code search)
import requests
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_GET


@require_GET
def search(request):
    params = {
        "q": request.GET.get("q", ""),
        "page": request.GET.get("page", "1"),
        "lang": request.GET.get("lang", "en"),
    }
    resp = requests.get(
        f"{settings.SEARCH_SERVICE_URL}/v2/search",
        params=params,
        headers={"X-Service-Token": settings.SEARCH_SERVICE_TOKEN},
        timeout=3,
    )
    resp.raise_for_status()
    return JsonResponse(resp.json())
