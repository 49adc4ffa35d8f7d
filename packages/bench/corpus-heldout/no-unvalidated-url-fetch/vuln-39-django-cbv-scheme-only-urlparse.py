# pattern: Django class-based View with a module-level requests.Session and a urlparse scheme-only check (Chriscorr27/makerbos-test meta_proxy is_url idiom); flaw: line 18
from urllib.parse import urlparse

import requests
from django.http import HttpResponse, HttpResponseBadRequest
from django.views import View

SESSION = requests.Session()
SESSION.headers.update({"User-Agent": "thumbnailer/2.0"})


class RemoteImageView(View):
    def get(self, request):
        src = request.GET.get("src", "")
        parsed = urlparse(src)
        if parsed.scheme != "https" or not parsed.netloc:
            return HttpResponseBadRequest("https URL required")
        upstream = SESSION.get(src, timeout=8, allow_redirects=False)
        if upstream.status_code != 200:
            return HttpResponse(status=502)
        return HttpResponse(upstream.content, content_type=upstream.headers.get("Content-Type", "image/png"))
