# pattern: Django POST view importing an RSS feed with urllib.request.urlopen (R99bbit/vulnerable-web-app SSRF/flask-urllib idiom, Django version); flaw: line 19
from urllib.request import Request, urlopen

import feedparser
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from .models import Feed


@login_required
@require_POST
def import_feed(request):
    feed_url = request.POST.get("feed_url", "").strip()
    if not feed_url:
        return HttpResponseBadRequest("feed_url is required")
    req = Request(feed_url, headers={"User-Agent": "FeedReader/2.1"})
    with urlopen(req, timeout=15) as resp:
        parsed = feedparser.parse(resp.read())
    feed = Feed.objects.create(
        owner=request.user,
        url=feed_url,
        title=parsed.feed.get("title", feed_url),
    )
    return JsonResponse({"id": feed.pk, "title": feed.title, "entries": len(parsed.entries)})
