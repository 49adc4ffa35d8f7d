import jwt

options = {"require": ["exp", "sub"]}


def claims(token, secret):
    return jwt.decode(token, secret, algorithms=["HS512"], options=options)
