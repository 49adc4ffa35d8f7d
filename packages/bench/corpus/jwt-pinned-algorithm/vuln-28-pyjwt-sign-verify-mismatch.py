import datetime

import jwt

SECRET = "super-secret-value"


def create_token(user_id: int) -> str:
    exp = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=1)
    return jwt.encode({"sub": str(user_id), "exp": exp}, SECRET, algorithm="HS512")


def verify_token(token: str) -> dict:
    return jwt.decode(token, SECRET, algorithms=["HS256"])
