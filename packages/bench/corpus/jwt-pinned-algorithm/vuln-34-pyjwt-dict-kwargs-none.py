import jwt

JWT_SETTINGS = {"algorithms": ["None", "HS256"], "leeway": 10}


def claims_for(token, secret):
    return jwt.decode(token, secret, **JWT_SETTINGS)
