from authlib.jose import JsonWebToken

jwt = JsonWebToken(["RS256"])


def verify(token, key):
    claims = jwt.decode(token, key)
    claims.validate()
    return claims
