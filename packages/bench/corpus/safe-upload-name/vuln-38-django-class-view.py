import os

from django.http import JsonResponse
from django.views import View


class UploadView(View):
    def post(self, request):
        upload = request.FILES["file"]
        dest = os.path.join("/var/www/media", upload.name)
        with open(dest, "wb") as fh:
            for chunk in upload.chunks():
                fh.write(chunk)
        return JsonResponse({"ok": True})
