import httpx

client = httpx.Client(timeout=5.0)


def fetch(url: str) -> bytes:
    return client.get(url).content
