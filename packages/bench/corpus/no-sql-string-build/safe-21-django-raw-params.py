from django.http import JsonResponse

from .models import Article


def articles_by_author(request):
    author = request.GET.get("author", "")
    articles = Article.objects.raw("SELECT * FROM blog_article WHERE author_name = %s", [author])
    return JsonResponse({"titles": [article.title for article in articles]})
