# pattern: DRF ViewSet @action decoding an invitation token with PyJWT and settings.SECRET_KEY (utagmsapi get_user_from_jwt idiom); flaw: line 22
import jwt
from django.conf import settings
from django.contrib.auth import get_user_model
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from .models import Invitation, Team
from .serializers import TeamSerializer


class TeamViewSet(viewsets.ModelViewSet):
    queryset = Team.objects.all()
    serializer_class = TeamSerializer

    @action(detail=False, methods=["post"], permission_classes=[AllowAny], url_path="accept-invite")
    def accept_invite(self, request):
        raw = request.data.get("token", "")
        try:
            invite = jwt.decode(raw, settings.SECRET_KEY)
        except jwt.ExpiredSignatureError:
            return Response({"detail": "Invitation expired"}, status=status.HTTP_410_GONE)
        except jwt.InvalidTokenError:
            return Response({"detail": "Invalid invitation"}, status=status.HTTP_400_BAD_REQUEST)
        team = Team.objects.get(pk=invite["team_id"])
        user = get_user_model().objects.get(email=invite["email"])
        team.members.add(user)
        Invitation.objects.filter(token=raw).update(accepted=True)
        return Response(TeamSerializer(team).data)
