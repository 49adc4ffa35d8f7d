import os
import urllib.request
from urllib.request import urlopen

import aiohttp
import httpx
import requests
import urllib3
from flask import request

API_BASE = "https://api.example.com"
STATUS_URL = API_BASE + "/status"


def requests_calls(url, name):
    # ruleid: no-redirect-fetch
    requests.get(url, timeout=5)
    # ruleid: no-redirect-fetch
    requests.post(url, json={"a": 1})
    # ruleid: no-redirect-fetch
    requests.request("PUT", url, data=b"")
    # ruleid: no-redirect-fetch
    requests.get(request.args["url"])
    # ruleid: no-redirect-fetch
    requests.get("https://" + name + "/api")
    # ruleid: no-redirect-fetch
    requests.get(f"https://{name}.example.com/")
    # ruleid: no-redirect-fetch
    requests.get("https://%s/x" % name)
    # ruleid: no-redirect-fetch
    requests.head(url, allow_redirects=True)
    # ok: no-redirect-fetch
    requests.head(url)
    # ok: no-redirect-fetch
    requests.get(url, allow_redirects=False)
    # ok: no-redirect-fetch
    requests.get("https://api.example.com/status")
    # ok: no-redirect-fetch
    requests.get(STATUS_URL)
    # ok: no-redirect-fetch
    requests.get(f"https://api.github.com/users/{name}")
    # ok: no-redirect-fetch
    requests.get(f"{API_BASE}/users/{name}")
    # ok: no-redirect-fetch
    requests.get(API_BASE + "/users/" + name)
    # ok: no-redirect-fetch
    requests.get("https://api.example.com/users/{}".format(name))
    # ok: no-redirect-fetch
    requests.get(os.environ["WEBHOOK_URL"])
    # ok: no-redirect-fetch
    requests.get(f"{os.environ['API_URL']}/v1/{name}")
    # ok: no-redirect-fetch
    requests.get(url, **options_from_config())


def requests_sessions(url):
    session = requests.Session()
    # ruleid: no-redirect-fetch
    session.get(url)
    # ok: no-redirect-fetch
    session.head(url)
    with requests.Session() as s:
        # ruleid: no-redirect-fetch
        s.request("GET", url)
        # ok: no-redirect-fetch
        s.post(url, allow_redirects=False)


def guarded_session(url):
    session = requests.Session()
    session.mount("https://", AddressFilteringAdapter())
    # ok: no-redirect-fetch
    session.get(url)


async def aiohttp_calls(url):
    async with aiohttp.ClientSession() as session:
        # ruleid: no-redirect-fetch
        async with session.get(url) as response:
            await response.text()
        # ok: no-redirect-fetch
        await session.get(url, allow_redirects=False)
        # ok: no-redirect-fetch
        await session.head(url)
    # ruleid: no-redirect-fetch
    async with aiohttp.request("GET", url) as response:
        await response.read()


async def aiohttp_guarded(url):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(resolver=PublicOnlyResolver())) as session:
        # ok: no-redirect-fetch
        await session.get(url)


async def httpx_calls(url):
    # ok: no-redirect-fetch
    httpx.get(url)
    # ruleid: no-redirect-fetch
    httpx.get(url, follow_redirects=True)
    with httpx.Client() as client:
        # ok: no-redirect-fetch
        client.get(url)
        # ruleid: no-redirect-fetch
        client.get(url, follow_redirects=True)
    async with httpx.AsyncClient(follow_redirects=True, timeout=5) as client:
        # ruleid: no-redirect-fetch
        await client.post(url, json={})
        # ok: no-redirect-fetch
        await client.get(url, follow_redirects=False)
        # ok: no-redirect-fetch
        await client.get("/health")
    filtered = httpx.Client(follow_redirects=True, transport=AddressFilteringTransport())
    # ok: no-redirect-fetch
    filtered.get(url)


def urllib_calls(url):
    # ruleid: no-redirect-fetch
    urllib.request.urlopen(url, timeout=5)
    # ruleid: no-redirect-fetch
    urlopen(url)
    # ruleid: no-redirect-fetch
    urlopen(urllib.request.Request(url, headers={"Accept": "application/json"}))
    req = urllib.request.Request(url)
    # ruleid: no-redirect-fetch
    urlopen(req)
    fixed = urllib.request.Request("https://api.example.com/status")
    # ok: no-redirect-fetch
    urlopen(fixed)
    # ok: no-redirect-fetch
    urlopen("https://api.example.com/status")
    opener = urllib.request.build_opener()
    # ruleid: no-redirect-fetch
    opener.open(url)


def urllib3_calls(url):
    http = urllib3.PoolManager()
    # ruleid: no-redirect-fetch
    http.request("GET", url)
    # ok: no-redirect-fetch
    http.request("GET", url, redirect=False)
    # ok: no-redirect-fetch
    http.request("GET", url, retries=False)
    # ok: no-redirect-fetch
    http.request("GET", url, retries=urllib3.Retry(total=3, redirect=0))
    # ruleid: no-redirect-fetch
    urllib3.request("GET", url)
    no_redirects = urllib3.PoolManager(retries=urllib3.util.Retry(redirect=False))
    # ok: no-redirect-fetch
    no_redirects.request("GET", url)
