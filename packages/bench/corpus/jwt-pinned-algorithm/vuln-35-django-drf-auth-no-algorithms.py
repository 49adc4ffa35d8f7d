import jwt
from django.conf import settings
from django.contrib.auth import get_user_model
from rest_framework import authentication, exceptions


class JWTAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header.startswith("Bearer "):
            return None
        try:
            payload = jwt.decode(header[7:], settings.SECRET_KEY)
        except jwt.PyJWTError:
            raise exceptions.AuthenticationFailed("Invalid token")
        user = get_user_model().objects.filter(pk=payload["user_id"]).first()
        return (user, None)
