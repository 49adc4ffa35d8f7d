import httpx

client = httpx.Client(follow_redirects=True, timeout=10.0)


def download(url: str) -> bytes:
    return client.get(url).content
