# pattern: DRF view returning the message of a ValueError / ValidationError with a fixed 400 and a generic 500 otherwise (handle_exception helper mapping ValueError to 400 in a public Flask/DRF API)
import logging

from django.core.exceptions import ValidationError
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import APIView

from .services import import_contacts_csv

logger = logging.getLogger(__name__)


class ContactImportView(APIView):
    def post(self, request):
        upload = request.FILES.get("file")
        if upload is None:
            return Response({"error": "file is required"}, status=status.HTTP_400_BAD_REQUEST)
        try:
            created = import_contacts_csv(request.user, upload)
        except (ValidationError, ValueError) as e:
            return Response({"error": str(e)}, status=status.HTTP_400_BAD_REQUEST)
        except Exception:
            logger.exception("contact import failed for user %s", request.user.pk)
            return Response({"error": "Import failed"}, status=status.HTTP_500_INTERNAL_SERVER_ERROR)
        return Response({"created": created}, status=status.HTTP_201_CREATED)
