import uuid

from django.core.files.storage import default_storage
from django.http import HttpResponseBadRequest, JsonResponse


def upload_avatar(request):
    f = request.FILES["avatar"]
    if f.content_type != "image/png":
        return HttpResponseBadRequest("png only")
    name = default_storage.save(f"avatars/{uuid.uuid4()}.png", f)
    return JsonResponse({"name": name})
