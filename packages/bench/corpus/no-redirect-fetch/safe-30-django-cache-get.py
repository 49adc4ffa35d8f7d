from django.core.cache import cache
from django.http import JsonResponse


def cached_value(request):
    return JsonResponse({"value": cache.get(request.GET.get("key", "default"))})
