ROOT_URLCONF = "config.urls"

INSTALLED_APPS = ["corsheaders", "accounts"]

CORS_ALLOWED_ORIGIN_REGEXES = [r".*"]
CORS_ALLOW_CREDENTIALS = True
