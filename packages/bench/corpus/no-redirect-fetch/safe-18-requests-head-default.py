import requests


def is_reachable(url: str) -> bool:
    return requests.head(url, timeout=3).status_code < 400
