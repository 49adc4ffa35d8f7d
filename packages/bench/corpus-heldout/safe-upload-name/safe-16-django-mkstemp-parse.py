# pattern: Django view writing request.FILES chunks to tempfile.mkstemp() before parsing (handle_uploaded_file with a temp destination)
import csv
import logging
import os
import tempfile

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Contact

logger = logging.getLogger(__name__)


def _spool(uploaded):
    fd, tmp_name = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "wb") as destination:
        for chunk in uploaded.chunks():
            destination.write(chunk)
    return tmp_name


@login_required
@require_POST
def import_contacts(request):
    uploaded = request.FILES["contacts"]
    logger.info("importing %s for user %s", uploaded.name, request.user.pk)

    tmp_name = _spool(uploaded)
    created = 0
    try:
        with open(tmp_name, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                Contact.objects.create(owner=request.user, name=row["name"], email=row["email"])
                created += 1
    finally:
        os.unlink(tmp_name)

    return JsonResponse({"file": uploaded.name, "created": created})
