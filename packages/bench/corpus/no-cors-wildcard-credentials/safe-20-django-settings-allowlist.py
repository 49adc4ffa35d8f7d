INSTALLED_APPS = ["corsheaders", "api"]

MIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]

CORS_ALLOWED_ORIGINS = [
    "https://app.example.com",
    "https://admin.example.com",
]
CORS_ALLOW_CREDENTIALS = True
