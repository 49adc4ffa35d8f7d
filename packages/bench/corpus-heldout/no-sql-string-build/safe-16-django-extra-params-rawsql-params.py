# pattern: Django QuerySet.extra(where=[...], params=[...]) and RawSQL(sql, params) with placeholders for request values
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.views import View

from .models import Event

DISTANCE_SQL = (
    "6371 * acos(cos(radians(%s)) * cos(radians(latitude)) * cos(radians(longitude) - radians(%s))"
    " + sin(radians(%s)) * sin(radians(latitude)))"
)


class UpcomingEventsView(View):
    def get(self, request):
        tz = request.GET.get("tz", "UTC")
        lat = float(request.GET.get("lat", 0))
        lng = float(request.GET.get("lng", 0))
        qs = Event.objects.filter(published=True)
        qs = qs.extra(where=["(starts_at AT TIME ZONE %s)::date >= CURRENT_DATE"], params=[tz])
        qs = qs.annotate(distance=RawSQL(DISTANCE_SQL, (lat, lng, lat)))
        data = list(qs.order_by("distance", "starts_at").values("id", "title", "starts_at")[:50])
        return JsonResponse({"events": data})
