# pattern: DRF APIView selecting the upstream base URL from a constant provider map; only a path segment comes from the request
from urllib.parse import quote

import requests
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

PROVIDERS = {
    "github": "https://api.github.com/users/{}",
    "gitlab": "https://gitlab.com/api/v4/users?username={}",
    "codeberg": "https://codeberg.org/api/v1/users/{}",
}


class ProfileLookupView(APIView):
    def get(self, request, provider: str):
        template = PROVIDERS.get(provider)
        if template is None:
            raise NotFound("unknown provider")
        username = request.query_params.get("username", "")
        if not username:
            raise ValidationError({"username": "required"})
        resp = requests.get(template.format(quote(username, "")), timeout=5, allow_redirects=False)
        if resp.status_code == 404:
            raise NotFound("user not found")
        resp.raise_for_status()
        return Response({"provider": provider, "profile": resp.json()})
