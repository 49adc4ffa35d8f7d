# pattern: Django REST framework APIView with MultiPartParser, request.FILES.getlist saved by hand under MEDIA_ROOT — flaw at line 27
from pathlib import Path

from django.conf import settings
from rest_framework import status
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView


class BulkInvoiceUpload(APIView):
    parser_classes = [MultiPartParser]
    permission_classes = [IsAuthenticated]

    def post(self, request, format=None):
        files = request.FILES.getlist("invoices")
        if not files:
            return Response({"detail": "no invoices"}, status=status.HTTP_400_BAD_REQUEST)

        inbox = Path(settings.MEDIA_ROOT) / "invoices" / "inbox"
        inbox.mkdir(parents=True, exist_ok=True)

        saved = []
        for invoice in files:
            dest = inbox / invoice.name
            with dest.open("wb") as fh:
                for chunk in invoice.chunks():
                    fh.write(chunk)
            saved.append(invoice.name)

        return Response({"saved": saved}, status=status.HTTP_201_CREATED)
