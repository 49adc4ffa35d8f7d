from jose import jwt


def verify_id_token(token, key):
    return jwt.decode(token, key, algorithms=["HS256", "RS256"], audience="my-client")
