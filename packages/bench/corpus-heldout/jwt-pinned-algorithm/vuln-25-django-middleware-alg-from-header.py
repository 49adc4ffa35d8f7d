# pattern: jpadilla/pyjwt issue #232 (jwt.get_unverified_header) used in a Django auth middleware; flaw: line 23
import jwt
from django.conf import settings
from django.http import JsonResponse

EXEMPT_PATHS = ("/health/", "/api/auth/login/", "/api/auth/refresh/")


class JWTAuthMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(EXEMPT_PATHS):
            return self.get_response(request)
        auth = request.META.get("HTTP_AUTHORIZATION", "")
        if not auth.startswith("Bearer "):
            return JsonResponse({"detail": "Authentication required"}, status=401)
        token = auth[7:]
        try:
            header = jwt.get_unverified_header(token)
            key = settings.JWT_VERIFYING_KEY
            claims = jwt.decode(token, key, algorithms=[header["alg"]], audience=settings.JWT_AUDIENCE)
        except (jwt.InvalidTokenError, KeyError):
            return JsonResponse({"detail": "Invalid token"}, status=401)
        request.jwt_claims = claims
        request.user_id = claims["sub"]
        return self.get_response(request)
