import urllib.request

from django.http import HttpResponse


def fetch_text(request):
    url = request.GET.get("source", "")
    req = urllib.request.Request(url, headers={"User-Agent": "bot"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return HttpResponse(resp.read().decode(), content_type="text/plain")
