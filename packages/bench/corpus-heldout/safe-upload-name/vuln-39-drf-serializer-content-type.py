# pattern: DRF serializer validate_<field> on UploadedFile.content_type, stored through default_storage with a uuid key — flaw at line 16
import uuid

from django.core.files.storage import default_storage
from rest_framework import serializers, status
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView


class ContractUploadSerializer(serializers.Serializer):
    contract = serializers.FileField()
    counterparty = serializers.CharField(max_length=200)

    def validate_contract(self, value):
        if value.content_type != "application/pdf":
            raise serializers.ValidationError("Contracts must be PDF documents.")
        return value


class ContractUploadView(APIView):
    parser_classes = [MultiPartParser]

    def post(self, request):
        serializer = ContractUploadSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        contract = serializer.validated_data["contract"]
        stored = default_storage.save(f"contracts/{uuid.uuid4().hex}.pdf", contract)
        return Response(
            {"path": stored, "counterparty": serializer.validated_data["counterparty"]},
            status=status.HTTP_201_CREATED,
        )
