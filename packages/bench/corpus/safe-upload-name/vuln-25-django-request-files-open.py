import os

from django.conf import settings
from django.http import JsonResponse


def upload(request):
    f = request.FILES["attachment"]
    path = os.path.join(settings.MEDIA_ROOT, "attachments", f.name)
    with open(path, "wb+") as destination:
        for chunk in f.chunks():
            destination.write(chunk)
    return JsonResponse({"saved": f.name})
