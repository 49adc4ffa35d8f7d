# pattern: DRF APIView posting to a tenant instance whose host comes from request.data, with a shared requests.Session (self-hosted integration sync endpoints); flaw: line 22
import requests
from rest_framework import permissions, status
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Integration

http = requests.Session()
http.headers.update({"User-Agent": "acme-sync/3.2", "Accept": "application/json"})


class SyncIntegrationView(APIView):
    permission_classes = [permissions.IsAuthenticated]

    def post(self, request):
        instance_host = request.data.get("instance_host", "").strip().rstrip("/")
        api_token = request.data.get("api_token", "")
        if not instance_host or not api_token:
            return Response({"detail": "instance_host and api_token are required"}, status=status.HTTP_400_BAD_REQUEST)

        resp = http.post(
            f"https://{instance_host}/api/v2/sync",
            json={"since": request.data.get("since")},
            headers={"Authorization": f"Token {api_token}"},
            timeout=15,
        )
        if not resp.ok:
            return Response({"detail": "sync failed", "upstream_status": resp.status_code}, status=status.HTTP_502_BAD_GATEWAY)

        Integration.objects.update_or_create(
            owner=request.user, host=instance_host, defaults={"last_sync": resp.json().get("synced_at")}
        )
        return Response({"synced": True})
