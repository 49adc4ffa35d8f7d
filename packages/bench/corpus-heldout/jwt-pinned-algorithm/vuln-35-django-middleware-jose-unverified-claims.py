# pattern: Django MiddlewareMixin attaching Cognito claims from python-jose jwt.get_unverified_claims; flaw: line 18
from django.http import JsonResponse
from django.utils.deprecation import MiddlewareMixin
from jose import jwt
from jose.exceptions import JWTError


class CognitoClaimsMiddleware(MiddlewareMixin):
    """Attach the caller's Cognito claims to the request for downstream views."""

    def process_request(self, request):
        request.cognito_claims = {}
        request.cognito_groups = []
        header = request.META.get("HTTP_AUTHORIZATION", "")
        if not header.startswith("Bearer "):
            return None
        try:
            claims = jwt.get_unverified_claims(header.split()[1])
        except JWTError:
            return None
        request.cognito_claims = claims
        request.cognito_groups = claims.get("cognito:groups", [])
        return None


def my_groups(request):
    if not request.cognito_claims:
        return JsonResponse({"detail": "unauthenticated"}, status=401)
    return JsonResponse(
        {
            "username": request.cognito_claims.get("cognito:username"),
            "groups": request.cognito_groups,
        }
    )
