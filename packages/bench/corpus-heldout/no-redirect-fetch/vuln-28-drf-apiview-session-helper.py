# pattern: DRF APIView + serializers.URLField feeding a module-level requests.Session helper (WebhookURLSerializer idiom from code search); flaw: line 20
import requests
from rest_framework import serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import CatalogItem

_session = requests.Session()
_session.headers.update({"User-Agent": "catalog-importer/1.4", "Accept": "application/json"})


class ManifestImportSerializer(serializers.Serializer):
    manifest_url = serializers.URLField()
    replace_existing = serializers.BooleanField(default=False)


def download_manifest(manifest_url: str) -> dict:
    response = _session.get(manifest_url, timeout=20)
    response.raise_for_status()
    return response.json()


class ManifestImportView(APIView):
    permission_classes = [IsAuthenticated]

    def post(self, request):
        serializer = ManifestImportSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        manifest = download_manifest(serializer.validated_data["manifest_url"])
        if serializer.validated_data["replace_existing"]:
            CatalogItem.objects.filter(owner=request.user).delete()
        items = [CatalogItem(owner=request.user, sku=i["sku"], name=i["name"]) for i in manifest.get("items", [])]
        CatalogItem.objects.bulk_create(items)
        return Response({"imported": len(items)}, status=status.HTTP_201_CREATED)
