# pattern: DRF BaseAuthentication subclass (siegfred14/siegfredemporium authentication/backends.py) with PyJWT options verify_signature False; flaw: line 21
import jwt
from django.contrib.auth import get_user_model
from rest_framework import authentication, exceptions

User = get_user_model()


class SupabaseJWTAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("utf-8")
        if not header:
            return None
        parts = header.split()
        if len(parts) != 2 or parts[0] != self.keyword:
            raise exceptions.AuthenticationFailed("Invalid Authorization header")
        token = parts[1]
        try:
            payload = jwt.decode(token, options={"verify_signature": False, "verify_aud": False})
        except jwt.DecodeError:
            raise exceptions.AuthenticationFailed("Invalid token")
        user_id = payload.get("sub")
        if not user_id:
            raise exceptions.AuthenticationFailed("Token has no subject")
        user, _ = User.objects.get_or_create(
            username=user_id,
            defaults={"email": payload.get("email", "")},
        )
        return (user, payload)

    def authenticate_header(self, request):
        return self.keyword
