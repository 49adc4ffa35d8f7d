# pattern: DRF serializer with serializers.URLField for a webhook target, then requests.post to validated_data (DRF URLField docs; webhook registration endpoints); flaw: line 24
import requests
from rest_framework import serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Webhook


class WebhookSerializer(serializers.Serializer):
    target_url = serializers.URLField()
    events = serializers.ListField(child=serializers.CharField(), allow_empty=False)


class WebhookCreateView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        serializer = WebhookSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        target = serializer.validated_data["target_url"]

        verification = requests.post(
            target,
            json={"type": "verification", "events": serializer.validated_data["events"]},
            timeout=5,
            allow_redirects=False,
        )
        if verification.status_code >= 400:
            return Response({"detail": "Endpoint did not accept verification"}, status=status.HTTP_400_BAD_REQUEST)

        hook = Webhook.objects.create(owner=request.user, **serializer.validated_data)
        return Response({"id": hook.pk}, status=status.HTTP_201_CREATED)
