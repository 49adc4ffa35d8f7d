# pattern: Django annotate(RawSQL(...)) computing a per-row value from a request parameter (ruff S611 / bandit RawSQL shapes) — flaw at line 18
from django.db.models.expressions import RawSQL
from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Store


@api_view(["GET"])
def nearby_stores(request):
    lat = request.query_params.get("lat", "0")
    lng = request.query_params.get("lng", "0")
    distance_sql = (
        "6371 * acos(cos(radians(%s)) * cos(radians(latitude)) * cos(radians(longitude) - radians(%s))"
        " + sin(radians(%s)) * sin(radians(latitude)))" % (lat, lng, lat)
    )
    stores = (
        Store.objects.annotate(distance=RawSQL(distance_sql, []))
        .order_by("distance")
        .values("id", "name", "distance")[:20]
    )
    return Response(list(stores))
