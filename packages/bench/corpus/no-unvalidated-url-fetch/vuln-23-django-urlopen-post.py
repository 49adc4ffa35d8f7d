from urllib.request import urlopen

from django.http import HttpResponse


def import_feed(request):
    feed_url = request.POST["feed_url"]
    with urlopen(feed_url, timeout=10) as response:
        body = response.read()
    return HttpResponse(f"imported {len(body)} bytes")
