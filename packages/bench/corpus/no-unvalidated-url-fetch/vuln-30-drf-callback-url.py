import requests
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["POST"])
def register_callback(request):
    callback = request.data["callback_url"]
    probe = requests.post(callback, json={"challenge": "ok"}, timeout=5, allow_redirects=False)
    return Response({"verified": probe.status_code == 200})
