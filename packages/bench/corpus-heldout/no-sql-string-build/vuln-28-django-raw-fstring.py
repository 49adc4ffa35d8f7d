# pattern: Django Manager.raw() with an f-string (Django "Performing raw SQL queries" docs, the warned-against form) — flaw at line 11
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .models import Book


@login_required
def books_by_author(request):
    author = request.GET.get("author", "")
    books = Book.objects.raw(
        f"SELECT id, title, author, published FROM catalog_book WHERE author = '{author}' ORDER BY published DESC"
    )
    return render(request, "catalog/books_by_author.html", {"books": books, "author": author})
