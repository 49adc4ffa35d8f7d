INSTALLED_APPS = ["corsheaders", "public_api"]

ROOT_URLCONF = "public_api.urls"

CORS_ALLOW_ALL_ORIGINS = True
