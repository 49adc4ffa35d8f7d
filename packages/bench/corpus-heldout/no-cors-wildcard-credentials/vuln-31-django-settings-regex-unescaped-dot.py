# pattern: django-cors-headers CORS_ALLOWED_ORIGIN_REGEXES for www/app hosts (google/clusterfuzz PR #5303 on unescaped dots); flaw: line 32
import os

SECRET_KEY = os.environ["SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["api.travelbook.io"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "corsheaders",
    "rest_framework",
    "bookings",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "travelbook.urls"

CORS_ALLOWED_ORIGIN_REGEXES = [
    r"^https://(www|app).travelbook\.io$",
]
CORS_ALLOW_CREDENTIALS = True

SESSION_COOKIE_DOMAIN = ".travelbook.io"
SESSION_COOKIE_SAMESITE = "None"
SESSION_COOKIE_SECURE = True
