import urllib3

http = urllib3.PoolManager()


def fetch(url):
    return http.request("GET", url, redirect=False).data
