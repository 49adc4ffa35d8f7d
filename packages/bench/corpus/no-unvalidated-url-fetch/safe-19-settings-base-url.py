import requests
from django.conf import settings
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["GET"])
def search(request):
    query = request.query_params.get("q", "")
    resp = requests.get(settings.SEARCH_SERVICE_URL + "/search", params={"q": query}, timeout=5)
    return Response(resp.json())
