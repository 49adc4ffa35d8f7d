# pattern: Django view saving request.FILES[...] through default_storage.save with the client's name under a prefix (Django file storage API docs; default_storage.path usage in public Django apps)
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Attachment


@login_required
@require_POST
def upload_attachment(request, ticket_id):
    upload = request.FILES.get("attachment")
    if upload is None:
        return JsonResponse({"error": "attachment is required"}, status=400)
    saved_path = default_storage.save(f"tickets/{ticket_id}/{upload.name}", upload)
    attachment = Attachment.objects.create(
        ticket_id=ticket_id,
        uploaded_by=request.user,
        file=saved_path,
        original_name=upload.name,
    )
    return JsonResponse({"id": attachment.pk, "url": default_storage.url(saved_path)}, status=201)
