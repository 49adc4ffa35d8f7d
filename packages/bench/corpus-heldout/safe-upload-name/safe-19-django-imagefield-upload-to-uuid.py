# pattern: Django model ImageField with an upload_to callable returning a uuid path (forms.ImageField validates with Pillow)
import uuid

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import models
from django.shortcuts import redirect, render


def photo_upload_to(instance, filename):
    return f"listings/{instance.listing_id}/{uuid.uuid4().hex}.jpg"


class ListingPhoto(models.Model):
    listing = models.ForeignKey("listings.Listing", on_delete=models.CASCADE, related_name="photos")
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)
    image = models.ImageField(upload_to=photo_upload_to)
    caption = models.CharField(max_length=140, blank=True)


class ListingPhotoForm(forms.ModelForm):
    class Meta:
        model = ListingPhoto
        fields = ("image", "caption")


@login_required
def add_photo(request, listing_id):
    form = ListingPhotoForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        photo = form.save(commit=False)
        photo.listing_id = listing_id
        photo.uploaded_by = request.user
        photo.save()
        return redirect("listings:detail", pk=listing_id)
    return render(request, "listings/add_photo.html", {"form": form})
