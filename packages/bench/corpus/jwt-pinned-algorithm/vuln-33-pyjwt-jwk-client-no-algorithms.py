import jwt
from jwt import PyJWKClient

jwks_client = PyJWKClient("https://example.auth0.com/.well-known/jwks.json")


def verify(token: str) -> dict:
    signing_key = jwks_client.get_signing_key_from_jwt(token)
    return jwt.decode(token, signing_key.key, audience="https://api.example.com")
