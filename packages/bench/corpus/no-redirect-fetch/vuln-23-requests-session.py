import requests

session = requests.Session()
session.headers.update({"User-Agent": "crawler/1.0"})


def fetch_page(url: str) -> str:
    response = session.get(url, timeout=15)
    response.raise_for_status()
    return response.text
