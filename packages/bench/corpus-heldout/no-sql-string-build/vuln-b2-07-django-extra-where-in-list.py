# pattern: Django QuerySet.extra(where=[...]) with an IN list joined from request.GET.getlist (Django QuerySet.extra docs; older Django apps filtering by id lists); flaw: line 13
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from .models import Article


@require_GET
def articles_by_authors(request):
    author_ids = request.GET.getlist("author")
    qs = Article.objects.filter(published=True).order_by("-published_at")
    if author_ids:
        qs = qs.extra(where=["author_id IN (%s)" % ",".join(author_ids)])
    data = list(qs.values("id", "title", "author_id", "published_at")[:50])
    return JsonResponse({"results": data})
