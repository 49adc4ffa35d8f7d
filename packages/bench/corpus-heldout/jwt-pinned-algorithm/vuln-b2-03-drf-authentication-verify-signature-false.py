# pattern: DRF BaseAuthentication subclass decoding a gateway JWT with PyJWT options verify_signature False (yijunx/yijun-coin jwt_example.py; DRF custom authentication docs); flaw: line 18
import jwt
from django.contrib.auth import get_user_model
from rest_framework import authentication, exceptions

User = get_user_model()


class GatewayJWTAuthentication(authentication.BaseAuthentication):
    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("utf-8")
        if not header.startswith(f"{self.keyword} "):
            return None
        token = header[len(self.keyword) + 1:].strip()
        try:
            payload = jwt.decode(token, options={"verify_signature": False})
        except jwt.DecodeError:
            raise exceptions.AuthenticationFailed("Malformed token")

        username = payload.get("preferred_username")
        if not username:
            raise exceptions.AuthenticationFailed("Token has no username")
        user, _ = User.objects.get_or_create(
            username=username,
            defaults={"email": payload.get("email", "")},
        )
        return user, payload

    def authenticate_header(self, request):
        return self.keyword
