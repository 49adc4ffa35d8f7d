from django.http import JsonResponse

from .models import Document


def upload(request):
    doc = Document(owner=request.user, file=request.FILES["file"])
    doc.save()
    return JsonResponse({"id": doc.pk})
