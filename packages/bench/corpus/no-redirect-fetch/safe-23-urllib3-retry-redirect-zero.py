import urllib3
from urllib3.util import Retry

http = urllib3.PoolManager(retries=Retry(total=3, redirect=0))


def fetch(url):
    return http.request("GET", url, retries=Retry(total=3, redirect=0)).data
