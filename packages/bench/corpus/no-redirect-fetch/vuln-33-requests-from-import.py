from requests import get


def fetch_avatar(avatar_url):
    return get(avatar_url, timeout=5).content
