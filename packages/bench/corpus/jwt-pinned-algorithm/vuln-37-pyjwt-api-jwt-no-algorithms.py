from jwt import api_jwt


def payload_of(token: str, secret: str) -> dict:
    return api_jwt.decode(token, secret)
