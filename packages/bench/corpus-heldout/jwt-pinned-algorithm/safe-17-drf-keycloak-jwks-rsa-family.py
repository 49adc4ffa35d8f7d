# pattern: DRF KeycloakJWTAuthentication with PyJWKClient (Keycloak realm certs endpoint) pinned to the RS* family
import jwt
from django.conf import settings
from jwt import PyJWKClient
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import AuthenticationFailed

from .models import ServiceUser


class KeycloakJWTAuthentication(BaseAuthentication):
    """Reads Authorization: Bearer <token> and verifies it against the realm JWKS."""

    def __init__(self):
        jwks_url = (
            f"{settings.KEYCLOAK_BASE_URL.rstrip('/')}/realms/{settings.KEYCLOAK_REALM}"
            "/protocol/openid-connect/certs"
        )
        self.jwks_client = PyJWKClient(jwks_url)

    def authenticate(self, request):
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            return None
        token = auth.split(" ", 1)[1]
        try:
            signing_key = self.jwks_client.get_signing_key_from_jwt(token)
            claims = jwt.decode(
                token,
                signing_key.key,
                algorithms=["RS256", "RS384", "RS512"],
                audience=settings.KEYCLOAK_CLIENT_ID,
            )
        except jwt.PyJWTError as exc:
            raise AuthenticationFailed("Invalid token") from exc
        user = ServiceUser(claims["sub"], claims.get("preferred_username"), claims.get("realm_access", {}).get("roles", []))
        return (user, claims)
