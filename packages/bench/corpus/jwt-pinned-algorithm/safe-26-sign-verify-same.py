import jwt

KEY = "s3cr3t"


def issue(user_id):
    return jwt.encode({"sub": user_id}, KEY, algorithm="HS512")


def check(token):
    return jwt.decode(token, KEY, algorithms=["HS512"])
