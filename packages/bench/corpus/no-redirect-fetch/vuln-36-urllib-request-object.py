import urllib.request


def fetch_text(url: str) -> str:
    req = urllib.request.Request(url, headers={"User-Agent": "bot"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.read().decode()
