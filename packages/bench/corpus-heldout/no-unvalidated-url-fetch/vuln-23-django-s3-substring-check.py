# pattern: Django import view checking 'amazonaws.com' in the URL before requests.get (substring host check); flaw: line 19
import csv
import io

import requests
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Contact


@login_required
@require_POST
def import_contacts_from_s3(request):
    source_url = request.POST.get("source_url", "")
    if "s3.amazonaws.com" not in source_url:
        return JsonResponse({"error": "Only S3 presigned URLs are supported"}, status=400)
    resp = requests.get(source_url, timeout=30, allow_redirects=False)
    resp.raise_for_status()
    reader = csv.DictReader(io.StringIO(resp.text))
    created = Contact.objects.bulk_create(
        [Contact(owner=request.user, name=row["name"], email=row["email"]) for row in reader]
    )
    return JsonResponse({"imported": len(created)})
