import datetime

import jwt


def create_access_token(data: dict, secret: str) -> str:
    to_encode = dict(data)
    to_encode["exp"] = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(minutes=15)
    return jwt.encode(to_encode, secret, algorithm="HS256")
