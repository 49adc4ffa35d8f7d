# pattern: Django file-uploads docs / storage API (default_storage.save(name, file) validates and de-duplicates the name)
import os

from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Receipt


@login_required
@require_POST
def upload_receipt(request):
    uploaded = request.FILES.get("receipt")
    if uploaded is None:
        return JsonResponse({"error": "receipt is required"}, status=400)

    stored_name = default_storage.save(os.path.join("receipts", uploaded.name), uploaded)
    receipt = Receipt.objects.create(
        owner=request.user,
        file=stored_name,
        original_name=uploaded.name,
    )
    return JsonResponse({"id": receipt.pk, "url": default_storage.url(stored_name)}, status=201)
