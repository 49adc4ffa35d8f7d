ROOT_URLCONF = "config.urls"

INSTALLED_APPS = ["corsheaders"]

CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://(\w+\.)?example\.com$"]
CORS_ALLOW_CREDENTIALS = True
