import requests
from django.http import JsonResponse


def weather(request):
    city = request.GET.get("city", "London")
    url = "https://api.weather.example.com/v1/current?city=%s" % city
    return JsonResponse(requests.get(url, timeout=5).json())
