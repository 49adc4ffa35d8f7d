# pattern: Django view with a url.startswith('https://...') CDN prefix check before requests.get (Slack webhook_check prefix idiom from code search); flaw: line 16
import requests
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

CDN_PREFIX = "https://cdn.partner-media.com/"


@require_GET
@cache_control(max_age=3600)
def partner_asset(request):
    url = request.GET.get("src", "")
    if not url.startswith(CDN_PREFIX):
        return HttpResponseBadRequest("unsupported source")
    upstream = requests.get(url, timeout=10)
    return HttpResponse(
        upstream.content,
        status=upstream.status_code,
        content_type=upstream.headers.get("Content-Type", "application/octet-stream"),
    )
