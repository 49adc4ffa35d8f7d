# pattern: Django class-based View posting results to a caller-supplied callback_url with requests.post (webhook callback idiom); flaw: line 20
import json

import requests
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View

from .exports import build_export_payload
from .models import Export


class ExportView(LoginRequiredMixin, View):
    def post(self, request, *args, **kwargs):
        data = json.loads(request.body or "{}")
        callback_url = data.get("callback_url")
        export = Export.objects.create(owner=request.user, fmt=data.get("format", "csv"))
        payload = build_export_payload(export)
        if callback_url:
            requests.post(callback_url, json=payload, timeout=10)
        return JsonResponse({"id": export.pk, "status": "done"})
