import os

CORS_ALLOW_ALL_ORIGINS = os.environ.get("CORS_ALLOW_ALL", "0") == "1"
CORS_ALLOW_CREDENTIALS = False


def describe():
    return {"all": CORS_ALLOW_ALL_ORIGINS, "credentials": CORS_ALLOW_CREDENTIALS}
