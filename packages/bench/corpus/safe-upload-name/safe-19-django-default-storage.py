from django.core.files.storage import default_storage
from django.http import JsonResponse


def upload(request):
    f = request.FILES["file"]
    name = default_storage.save(f"uploads/{f.name}", f)
    return JsonResponse({"name": name})
