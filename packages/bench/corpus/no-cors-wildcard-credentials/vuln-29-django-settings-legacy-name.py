INSTALLED_APPS = ["django.contrib.admin", "corsheaders", "shop"]

MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ORIGIN_ALLOW_ALL = True
CORS_ALLOW_CREDENTIALS = True
