import jwt
from jwt import PyJWKClient

jwks = PyJWKClient("https://login.example.com/keys")


def verify(token):
    header = jwt.get_unverified_header(token)
    key = jwks.get_signing_key(header["kid"]).key
    return jwt.decode(token, key, algorithms=["RS256"], audience="client-id")
