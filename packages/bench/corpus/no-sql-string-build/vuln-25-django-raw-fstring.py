from django.http import JsonResponse

from .models import Article


def articles_by_author(request):
    author = request.GET.get("author", "")
    articles = Article.objects.raw(f"SELECT * FROM blog_article WHERE author_name = '{author}'")
    return JsonResponse({"titles": [article.title for article in articles]})
