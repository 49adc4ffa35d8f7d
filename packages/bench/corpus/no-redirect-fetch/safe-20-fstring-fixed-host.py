import requests


def github_user(login: str) -> dict:
    return requests.get(f"https://api.github.com/users/{login}", timeout=5).json()
