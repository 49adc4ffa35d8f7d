from django.http import JsonResponse

from .models import Event


def events_after(request):
    start = request.GET["start"]
    events = Event.objects.extra(where=[f"starts_at > '{start}'"]).values("name", "starts_at")
    return JsonResponse({"events": list(events)})
