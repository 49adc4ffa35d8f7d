from django.db.models.expressions import RawSQL
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Product


@api_view(["GET"])
def products_with_discount(request):
    coupon = request.query_params.get("coupon", "")
    products = Product.objects.annotate(
        discount=RawSQL("SELECT percent FROM coupons WHERE code = '%s'" % coupon, [])
    ).values("name", "discount")
    return Response(list(products))
