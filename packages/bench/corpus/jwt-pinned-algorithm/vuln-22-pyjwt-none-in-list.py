import jwt
from django.conf import settings


def get_user_id(token: str) -> int:
    payload = jwt.decode(token, settings.SECRET_KEY, algorithms=["HS256", "none"])
    return int(payload["user_id"])
