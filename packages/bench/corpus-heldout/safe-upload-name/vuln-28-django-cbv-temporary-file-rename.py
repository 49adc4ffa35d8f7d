# pattern: Django class-based View + TemporaryUploadedFile.temporary_file_path() moved into an import dir — flaw at line 26
import os
import shutil

from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View

from .tasks import process_import


class CatalogImportView(LoginRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        uploaded = request.FILES.get("catalog")
        if uploaded is None:
            return JsonResponse({"error": "catalog file required"}, status=400)

        import_dir = settings.CATALOG_IMPORT_DIR
        target = os.path.join(import_dir, uploaded.name)

        # FILE_UPLOAD_HANDLERS only lists TemporaryFileUploadHandler, so catalogs land on disk first
        staged = uploaded.temporary_file_path()
        shutil.move(staged, target)

        process_import.delay(target, request.user.pk)
        return JsonResponse({"queued": uploaded.name}, status=202)
