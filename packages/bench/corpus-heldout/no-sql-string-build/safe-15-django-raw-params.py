# pattern: Django Manager.raw(sql, [params]) as documented in "Performing raw SQL queries"
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from .models import Book


@login_required
def books_by_author(request):
    author = request.GET.get("author", "")
    table = Book._meta.db_table
    books = Book.objects.raw(
        "SELECT id, title, author, published FROM " + table + " WHERE author = %s ORDER BY published DESC",
        [author],
    )
    return render(request, "catalog/books_by_author.html", {"books": books, "author": author})
