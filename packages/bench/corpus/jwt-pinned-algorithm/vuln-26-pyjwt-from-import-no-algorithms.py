from jwt import decode, InvalidTokenError

from .config import settings


def user_from_token(token: str) -> dict:
    try:
        return decode(token, settings.jwt_secret, audience="web")
    except InvalidTokenError as exc:
        raise PermissionError("invalid token") from exc
