import jwt

ALGORITHM = "RS256"


def verify(token, public_key):
    return jwt.decode(token, public_key, algorithms=[ALGORITHM], audience="api")
