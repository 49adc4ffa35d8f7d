# pattern: Django file-uploads docs handle_uploaded_file / kasstechweb/automatic_bookkeeping apps/home/functions.py — flaw at line 18
import os

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse

from .forms import StatementUploadForm
from .models import Statement


def handle_uploaded_file(f, folder):
    destination_dir = os.path.join(settings.MEDIA_ROOT, folder)
    os.makedirs(destination_dir, exist_ok=True)
    path = os.path.join(destination_dir, f.name)
    with open(path, "wb+") as destination:
        for chunk in f.chunks():
            destination.write(chunk)
    return path


@login_required
def upload_statement(request):
    if request.method == "POST":
        form = StatementUploadForm(request.POST, request.FILES)
        if form.is_valid():
            saved_path = handle_uploaded_file(request.FILES["statement"], "statements")
            Statement.objects.create(
                owner=request.user,
                bank=form.cleaned_data["bank"],
                file_path=saved_path,
            )
            return HttpResponseRedirect(reverse("statements:list"))
    else:
        form = StatementUploadForm()
    return render(request, "statements/upload.html", {"form": form})
