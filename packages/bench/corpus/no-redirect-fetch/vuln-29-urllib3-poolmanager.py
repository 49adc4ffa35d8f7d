import urllib3

http = urllib3.PoolManager()


def fetch_bytes(url: str) -> bytes:
    resp = http.request("GET", url, timeout=5.0)
    return resp.data
