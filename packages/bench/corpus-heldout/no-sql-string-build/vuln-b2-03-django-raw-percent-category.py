# pattern: Django function view with Model.objects.raw("... WHERE ... = '%s'" % value) (Django raw SQL docs warning; Django tutorial repos using Manager.raw); flaw: line 9
from django.shortcuts import render

from .models import Product


def category_products(request):
    category = request.GET.get("category", "")
    products = Product.objects.raw(
        "SELECT * FROM shop_product WHERE category = '%s' AND is_active = true ORDER BY name" % category
    )
    return render(
        request,
        "shop/category.html",
        {"products": products, "category": category},
    )
