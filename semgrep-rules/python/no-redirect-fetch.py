import json
import os
import urllib.request
from urllib.request import urlopen

import aiohttp
import httpx
import requests
import urllib3
from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()

API_BASE = "https://api.example.com"
STATUS_URL = API_BASE + "/status"


def requests_calls(request):
    url = request.GET["url"]
    name = request.GET["name"]
    # ruleid: no-redirect-fetch-follows-request-url
    requests.get(url, timeout=5)
    # ruleid: no-redirect-fetch-follows-request-url
    requests.post(url, json={"a": 1})
    # ruleid: no-redirect-fetch-follows-request-url
    requests.request("PUT", url, data=b"")
    # ruleid: no-redirect-fetch-follows-request-url
    requests.get(request.GET["next"])
    # ruleid: no-redirect-fetch-follows-request-url
    requests.get("https://" + name + "/api")
    # ruleid: no-redirect-fetch-follows-request-url
    requests.get(f"https://{name}.example.com/")
    # ruleid: no-redirect-fetch-follows-request-url
    requests.get("https://%s/x" % name)
    # ruleid: no-redirect-fetch-follows-request-url
    requests.head(url, allow_redirects=True)
    # ok: no-redirect-fetch-follows-request-url
    requests.head(url)
    # ok: no-redirect-fetch-follows-request-url
    requests.get(url, allow_redirects=False)
    # ok: no-redirect-fetch-follows-request-url
    requests.get("https://api.example.com/status")
    # ok: no-redirect-fetch-follows-request-url
    requests.get(STATUS_URL)
    # ok: no-redirect-fetch-follows-request-url
    requests.get(f"https://api.github.com/users/{name}")
    # ok: no-redirect-fetch-follows-request-url
    requests.get(f"{API_BASE}/users/{name}")
    # ok: no-redirect-fetch-follows-request-url
    requests.get(API_BASE + "/users/" + name)
    # ok: no-redirect-fetch-follows-request-url
    requests.get("https://api.example.com/users/{}".format(name))
    # ok: no-redirect-fetch-follows-request-url
    requests.get(os.environ["WEBHOOK_URL"])
    # ok: no-redirect-fetch-follows-request-url
    requests.get(f"{os.environ['API_URL']}/v1/{name}")
    # ok: no-redirect-fetch-follows-request-url
    requests.get(url, **options_from_config())


def requests_sessions(request):
    url = request.GET["url"]
    session = requests.Session()
    # ruleid: no-redirect-fetch-follows-request-url
    session.get(url)
    # ok: no-redirect-fetch-follows-request-url
    session.head(url)
    with requests.Session() as s:
        # ruleid: no-redirect-fetch-follows-request-url
        s.request("GET", url)
        # ok: no-redirect-fetch-follows-request-url
        s.post(url, allow_redirects=False)


def guarded_session(request):
    url = request.GET["url"]
    session = requests.Session()
    session.mount("https://", AddressFilteringAdapter())
    # ok: no-redirect-fetch-follows-request-url
    session.get(url)


async def aiohttp_calls(request):
    url = request.query["url"]
    async with aiohttp.ClientSession() as session:
        # ruleid: no-redirect-fetch-follows-request-url
        async with session.get(url) as response:
            await response.text()
        # ok: no-redirect-fetch-follows-request-url
        await session.get(url, allow_redirects=False)
        # ok: no-redirect-fetch-follows-request-url
        await session.head(url)
    # ruleid: no-redirect-fetch-follows-request-url
    async with aiohttp.request("GET", url) as response:
        await response.read()


async def aiohttp_guarded(request):
    url = request.query["url"]
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(resolver=PublicOnlyResolver())) as session:
        # ok: no-redirect-fetch-follows-request-url
        await session.get(url)


async def httpx_calls(request):
    url = (await request.json())["url"]
    # ok: no-redirect-fetch-follows-request-url
    httpx.get(url)
    # ruleid: no-redirect-fetch-follows-request-url
    httpx.get(url, follow_redirects=True)
    with httpx.Client() as client:
        # ok: no-redirect-fetch-follows-request-url
        client.get(url)
        # ruleid: no-redirect-fetch-follows-request-url
        client.get(url, follow_redirects=True)
    async with httpx.AsyncClient(follow_redirects=True, timeout=5) as client:
        # ruleid: no-redirect-fetch-follows-request-url
        await client.post(url, json={})
        # ok: no-redirect-fetch-follows-request-url
        await client.get(url, follow_redirects=False)
        # ok: no-redirect-fetch-follows-request-url
        await client.get("/health")
    filtered = httpx.Client(follow_redirects=True, transport=AddressFilteringTransport())
    # ok: no-redirect-fetch-follows-request-url
    filtered.get(url)


def urllib_calls(request):
    url = request.POST["url"]
    # ruleid: no-redirect-fetch-follows-request-url
    urllib.request.urlopen(url, timeout=5)
    # ruleid: no-redirect-fetch-follows-request-url
    urlopen(url)
    # ruleid: no-redirect-fetch-follows-request-url
    urlopen(urllib.request.Request(url, headers={"Accept": "application/json"}))
    req = urllib.request.Request(url)
    # ruleid: no-redirect-fetch-follows-request-url
    urlopen(req)
    fixed = urllib.request.Request("https://api.example.com/status")
    # ok: no-redirect-fetch-follows-request-url
    urlopen(fixed)
    # ok: no-redirect-fetch-follows-request-url
    urlopen("https://api.example.com/status")
    opener = urllib.request.build_opener()
    # ruleid: no-redirect-fetch-follows-request-url
    opener.open(url)


def urllib3_calls(request):
    url = request.GET.get("url")
    http = urllib3.PoolManager()
    # ruleid: no-redirect-fetch-follows-request-url
    http.request("GET", url)
    # ok: no-redirect-fetch-follows-request-url
    http.request("GET", url, redirect=False)
    # ok: no-redirect-fetch-follows-request-url
    http.request("GET", url, retries=False)
    # ok: no-redirect-fetch-follows-request-url
    http.request("GET", url, retries=urllib3.Retry(total=3, redirect=0))
    # ruleid: no-redirect-fetch-follows-request-url
    urllib3.request("GET", url)
    no_redirects = urllib3.PoolManager(retries=urllib3.util.Retry(redirect=False))
    # ok: no-redirect-fetch-follows-request-url
    no_redirects.request("GET", url)


# ---- request input: Flask, Django, FastAPI route parameters, aiohttp
@app.route("/preview")
def flask_preview():
    target = request.args.get("url", "")
    # ruleid: no-redirect-fetch-follows-request-url
    return requests.get(target, timeout=5).text


def django_preview(request):
    url = request.GET["url"]
    cleaned = url.strip()
    # ruleid: no-redirect-fetch-follows-request-url
    return requests.get(cleaned).status_code


@api.get("/fetch")
async def fastapi_fetch(url: str):
    async with httpx.AsyncClient(follow_redirects=True) as client:
        # ruleid: no-redirect-fetch-follows-request-url
        return (await client.get(url)).text


async def aiohttp_proxy(request):
    target = request.query["url"]
    async with aiohttp.ClientSession() as session:
        # ruleid: no-redirect-fetch-follows-request-url
        async with session.get(target) as response:
            return await response.read()


@app.route("/user")
def flask_fixed_host():
    name = request.args["name"]
    # ok: no-redirect-fetch-follows-request-url
    return requests.get(f"https://api.github.com/users/{name}").json()


@app.route("/no-follow")
def flask_no_follow():
    # ok: no-redirect-fetch-follows-request-url
    return requests.get(request.args["url"], allow_redirects=False).text


# ---- fixed hosts built in a variable are not reported
def fixed_host_in_variable(request):
    port = request.GET["port"]
    name = request.GET["name"]
    url = f"http://127.0.0.1:{port}/health"
    # ok: no-redirect-fetch-follows-request-url
    requests.get(url)
    pypi = f"https://pypi.org/pypi/{name}/json"
    # ok: no-redirect-fetch-follows-request-url
    requests.get(pypi)
    local = "http://localhost:5050"
    # ok: no-redirect-fetch-follows-request-url
    requests.get(local + "/x")
    joined = API_BASE + "/users/" + name
    # ok: no-redirect-fetch-follows-request-url
    requests.get(joined)
    built = "https://" + name
    # ruleid: no-redirect-fetch-follows-request-url
    requests.get(built)


# ---- a URL no request input reaches: the ESLint rule's opt-in followsRedirects, not mirrored in Python
def config_endpoint(integration_id):
    endpoint = get_integration(integration_id)["endpoint"]
    # ok: no-redirect-fetch-follows-request-url
    return requests.put(endpoint, json={}, timeout=5)


module_session = requests.Session()


def through_module_session(url):
    # ok: no-redirect-fetch-follows-request-url
    return module_session.get(url).text


@app.route("/module-session")
def through_module_session_from_request():
    # ruleid: no-redirect-fetch-follows-request-url
    return module_session.get(request.args["url"]).text


def request_inside_another_call(request):
    target = request.GET["url"]
    # ruleid: no-redirect-fetch-follows-request-url
    size = len(requests.get(target, timeout=5).content)
    # ok: no-redirect-fetch-follows-request-url
    status = str(requests.get(target, timeout=5, allow_redirects=False).status_code)
    # ok: no-redirect-fetch-follows-request-url
    body = json.loads(httpx.get(target, follow_redirects=False).text)
    return size, status, body


# ---- helpers defined in this file: the argument stands for the helper's request
feed_session = requests.Session()


def load_feed(feed_url, timeout=10):
    try:
        reply = feed_session.get(feed_url, timeout=timeout)
    except requests.RequestException:
        return None
    return reply.text


def load_feed_pinned(feed_url):
    return feed_session.get(feed_url, allow_redirects=False).text


def load_item(item_id):
    return feed_session.get(API_BASE + "/items/" + item_id).text


async def read_page(client_session, page_url):
    async with client_session.get(page_url) as reply:
        return await reply.text()


async def read_page_own_session(page_url):
    async with aiohttp.ClientSession() as session:
        async with session.get(page_url) as reply:
            return await reply.text()


async def read_page_other_name(page_url):
    async with aiohttp.ClientSession() as browser:
        async with browser.get(page_url) as reply:
            return await reply.text()


def import_feed(request):
    source = request.POST["feed"]
    # ruleid: no-redirect-fetch-follows-request-url
    load_feed(source)
    # ok: no-redirect-fetch-follows-request-url
    load_feed_pinned(source)
    # ok: no-redirect-fetch-follows-request-url
    load_item(source)
    # ok: no-redirect-fetch-follows-request-url
    load_feed("https://feeds.example.com/default.xml")


async def preview_page(request):
    body = await request.json()
    # ruleid: no-redirect-fetch-follows-request-url
    first = await read_page(request.app["client"], body["page"])
    # ruleid: no-redirect-fetch-follows-request-url
    second = await read_page_own_session(f"{body['site']}/index.html")
    # A helper's client is known by its receiver's name, not by the class it was built from.
    # todoruleid: no-redirect-fetch-follows-request-url
    third = await read_page_other_name(body["page"])
    return first, second, third


class FeedImporter:
    def _download(self, address):
        return feed_session.post(address, data=b"").content

    def handle(self, request):
        # ruleid: no-redirect-fetch-follows-request-url
        return self._download(request.GET["address"])
