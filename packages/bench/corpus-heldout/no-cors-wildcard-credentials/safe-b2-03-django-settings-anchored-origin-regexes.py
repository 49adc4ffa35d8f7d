# pattern: django-cors-headers CORS_ALLOWED_ORIGIN_REGEXES with CORS_ALLOW_CREDENTIALS (huggerkios/my_cloud_api src/config/modules/cors.py, Islam0122/URLDRF config/settings/cors.py)
import os

CORS_ALLOWED_ORIGINS = [
    "https://cloud.drivebox.app",
]

CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^https://[a-z0-9-]+\.preview\.drivebox\.app$",
    r"^http://localhost:\d+$",
]

CORS_ALLOW_CREDENTIALS = True

CORS_ALLOW_HEADERS = [
    "accept",
    "authorization",
    "content-type",
    "x-csrftoken",
]

CSRF_TRUSTED_ORIGINS = os.environ.get(
    "CSRF_TRUSTED_ORIGINS", "https://cloud.drivebox.app"
).split(",")
