from requests import Session

http = Session()


def fetch_json(url):
    return http.get(url, timeout=5).json()
