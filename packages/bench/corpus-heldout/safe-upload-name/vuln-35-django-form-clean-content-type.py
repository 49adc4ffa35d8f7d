# pattern: Django form clean_<field> checking UploadedFile.content_type (tigercinema validators.py / Covid_Detective image_upload.py) — flaw at line 22
from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .models import Resume

ALLOWED_RESUME_TYPES = (
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
)


class ResumeForm(forms.ModelForm):
    class Meta:
        model = Resume
        fields = ("position", "file")

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and upload.content_type not in ALLOWED_RESUME_TYPES:
            raise forms.ValidationError("Upload a PDF or Word document.")
        if upload and upload.size > 5 * 1024 * 1024:
            raise forms.ValidationError("Resumes are limited to 5 MB.")
        return upload


@login_required
def apply(request):
    form = ResumeForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        resume = form.save(commit=False)
        resume.candidate = request.user
        resume.save()
        return redirect("careers:thanks")
    return render(request, "careers/apply.html", {"form": form})
