# pattern: Django REST framework APIView catching Exception into Response(..., status=HTTP_500_INTERNAL_SERVER_ERROR) — flaw at line 26
import logging

from rest_framework import status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .serializers import ShipmentSerializer
from .services import carrier_client

logger = logging.getLogger(__name__)


class ShipmentQuoteView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        serializer = ShipmentSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            quote = carrier_client.quote(**serializer.validated_data)
        except Exception as exc:
            logger.warning("carrier quote failed: %s", exc)
            return Response(
                {"detail": f"Could not fetch quote: {exc}"},
                status=status.HTTP_500_INTERNAL_SERVER_ERROR,
            )
        return Response({"price": quote.price, "currency": quote.currency})
