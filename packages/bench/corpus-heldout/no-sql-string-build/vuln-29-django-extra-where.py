# pattern: Django QuerySet.extra(where=[...]) with a %-formatted condition (bandit django_sql_injection_extra example shape) — flaw at line 15
from django.http import JsonResponse
from django.views import View

from .models import Event


class UpcomingEventsView(View):
    def get(self, request):
        tz = request.GET.get("tz", "UTC")
        region = request.GET.get("region")
        qs = Event.objects.filter(published=True)
        if region:
            qs = qs.filter(region=region)
        qs = qs.extra(where=["(starts_at AT TIME ZONE '%s')::date >= CURRENT_DATE" % tz])
        data = list(qs.order_by("starts_at").values("id", "title", "starts_at")[:50])
        return JsonResponse({"events": data})
