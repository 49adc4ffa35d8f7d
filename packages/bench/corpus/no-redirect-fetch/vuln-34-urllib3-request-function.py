import urllib3


def fetch(url):
    return urllib3.request("GET", url).data
