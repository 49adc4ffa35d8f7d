# pattern: Django class-based view spooling an upload to a temp file and shutil.move-ing it to ARCHIVE_DIR/upload.name (TemporaryUploadedFile.temporary_file_path usage in Django document archives); flaw: line 26
import os
import shutil
import tempfile

from django.conf import settings
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View

from .models import ArchivedDocument


class ArchiveUploadView(LoginRequiredMixin, View):
    def post(self, request):
        upload = request.FILES.get("document")
        if upload is None:
            return JsonResponse({"error": "document is required"}, status=400)

        with tempfile.NamedTemporaryFile(delete=False, dir=settings.FILE_UPLOAD_TEMP_DIR) as tmp:
            for chunk in upload.chunks():
                tmp.write(chunk)

        final_path = os.path.join(settings.ARCHIVE_DIR, request.user.username, upload.name)
        os.makedirs(os.path.dirname(final_path), exist_ok=True)
        shutil.move(tmp.name, final_path)

        doc = ArchivedDocument.objects.create(owner=request.user, path=final_path, size=upload.size)
        return JsonResponse({"id": doc.pk}, status=201)
