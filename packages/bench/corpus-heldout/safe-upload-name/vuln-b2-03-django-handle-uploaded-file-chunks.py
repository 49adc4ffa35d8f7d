# pattern: Django handle_uploaded_file(f) writing os.path.join(MEDIA_ROOT, f.name) chunk by chunk (Quaestiones handle_file_upload.py, kasstechweb/automatic_bookkeeping apps/home/functions.py); flaw: line 14
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import render

from .forms import UploadFileForm


def handle_uploaded_file(f):
    destination_path = os.path.join(settings.MEDIA_ROOT, "statements", f.name)
    with open(destination_path, "wb+") as destination:
        for chunk in f.chunks():
            destination.write(chunk)
    return destination_path


@login_required
def upload_statement(request):
    if request.method == "POST":
        form = UploadFileForm(request.POST, request.FILES)
        if form.is_valid():
            handle_uploaded_file(request.FILES["file"])
            return HttpResponseRedirect("/statements/")
    else:
        form = UploadFileForm()
    return render(request, "bookkeeping/upload.html", {"form": form})
