# pattern: Django profile view importing an avatar from a posted URL with urllib.request.urlopen after an 'in' substring check (avatar-from-URL features in Django apps); flaw: line 17
import urllib.request

from django.contrib.auth.decorators import login_required
from django.core.files.base import ContentFile
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.views.decorators.http import require_POST


@login_required
@require_POST
def import_avatar(request):
    avatar_url = request.POST.get("avatar_url", "")
    if "gravatar.com" not in avatar_url:
        return HttpResponseBadRequest("Only Gravatar images are supported")
    with urllib.request.urlopen(avatar_url, timeout=5) as resp:
        data = resp.read(2 * 1024 * 1024)
    profile = request.user.profile
    profile.avatar.save(f"avatar-{request.user.pk}.jpg", ContentFile(data), save=True)
    return redirect("profile-settings")
