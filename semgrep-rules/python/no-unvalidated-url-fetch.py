# Annotated test for no-unvalidated-url-fetch (requests, httpx, aiohttp, urllib, urllib3).
import ipaddress
import socket
import urllib.request
from urllib.parse import urlparse

import aiohttp
import httpx
import requests
import urllib3
from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()
ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}
http = urllib3.PoolManager()


# ---- unvalidatedRequestUrl
@app.route("/preview")
def preview():
    url = request.args.get("url", "")
    # ruleid: no-unvalidated-url-fetch-unvalidated-request-url
    return requests.get(url, allow_redirects=False, timeout=5).text


@app.route("/proxy")
def proxy():
    # ruleid: no-unvalidated-url-fetch-unvalidated-request-url
    return urllib.request.urlopen(request.json["target"]).read()


def django_fetch(request):
    target = request.GET["url"].strip()
    # ruleid: no-unvalidated-url-fetch-unvalidated-request-url
    return http.request("GET", target).data


@api.get("/fetch")
async def fastapi_fetch(url: str):
    async with httpx.AsyncClient() as client:
        # ruleid: no-unvalidated-url-fetch-unvalidated-request-url
        return (await client.get(url)).text


async def aiohttp_fetch(request):
    host = request.query["host"]
    async with aiohttp.ClientSession() as session:
        # ruleid: no-unvalidated-url-fetch-unvalidated-request-url
        async with session.get(f"http://{host}/status") as response:
            return await response.text()


@app.route("/checked")
def checked():
    url = request.args["url"]
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        return "forbidden", 403
    # ok: no-unvalidated-url-fetch-unvalidated-request-url
    return requests.get(url).text


@app.route("/checked-inside")
def checked_inside():
    url = request.args["url"]
    parsed = urlparse(url)
    if parsed.hostname in ALLOWED_HOSTS:
        # ok: no-unvalidated-url-fetch-unvalidated-request-url
        return requests.get(url).text
    return "forbidden", 403


@app.route("/resolved")
def resolved():
    url = request.args["url"]
    address = ipaddress.ip_address(socket.gethostbyname(urlparse(url).hostname))
    if address.is_private or address.is_loopback or address.is_link_local:
        return "forbidden", 403
    # ok: no-unvalidated-url-fetch-unvalidated-request-url
    return requests.get(url).text


@app.route("/user")
def fixed_host():
    name = request.args["name"]
    # ok: no-unvalidated-url-fetch-unvalidated-request-url
    return requests.get(f"https://api.github.com/users/{name}").json()


def internal(url):
    # ok: no-unvalidated-url-fetch-unvalidated-request-url
    return requests.get(url).text


# ---- rawStringHostCheck
@app.route("/prefix")
def prefix_checked():
    url = request.args["url"]
    if not url.startswith("https://api.example.com"):
        return "forbidden", 403
    # ruleid: no-unvalidated-url-fetch-raw-string-host-check
    return requests.get(url).text


@app.route("/substring")
def substring_checked():
    url = request.args["url"]
    if "example.com" in url:
        # ruleid: no-unvalidated-url-fetch-raw-string-host-check
        return requests.get(url).text
    return "forbidden", 403


@api.get("/regex")
async def regex_checked(url: str):
    if re.match(r"https://.*\.example\.com", url):
        # ruleid: no-unvalidated-url-fetch-raw-string-host-check
        return httpx.get(url).text
    return {}


@app.route("/parsed")
def parsed_then_prefix():
    url = request.args["url"]
    # ok: no-unvalidated-url-fetch-raw-string-host-check
    if urlparse(url).hostname in ALLOWED_HOSTS:
        return requests.get(url).text
    return "forbidden", 403


def prefix_not_requested(path):
    # ok: no-unvalidated-url-fetch-raw-string-host-check
    return path.startswith("/static")


PROFILE_URLS = {"github": "https://api.github.com/users/{}", "gitlab": "https://gitlab.com/api/v4/users?username={}"}


@app.route("/profiles/<provider>")
def provider_profile(provider):
    template = PROFILE_URLS.get(provider)
    # ok: no-unvalidated-url-fetch-unvalidated-request-url
    first = requests.get(template.format(request.args["user"]), timeout=5)
    # ok: no-unvalidated-url-fetch-unvalidated-request-url
    second = requests.get(PROFILE_URLS[provider].format(request.args["user"]), timeout=5)
    user_template = request.args["template"]
    # ruleid: no-unvalidated-url-fetch-unvalidated-request-url
    third = requests.get(user_template.format(request.args["user"]), timeout=5)
    return {"a": first.status_code, "b": second.status_code, "c": third.status_code}


# ---- helpers defined in this file: the argument stands for the helper's request
def read_json(address):
    call = urllib.request.Request(address, headers={"Accept": "application/json"})
    with urllib.request.urlopen(call, timeout=5) as reply:
        return reply.read()


def read_json_allowed(address):
    if urlparse(address).hostname not in ALLOWED_HOSTS:
        raise ValueError(address)
    return requests.get(address, timeout=5).json()


async def post_event(http_client, address, event):
    return await http_client.post(address, json=event)


# A receiver called just `client` may be a cache or database client: not followed into the helper.
def cached(client, key):
    return client.get(key)


@app.post("/inspect")
def inspect():
    payload = request.get_json()
    # ruleid: no-unvalidated-url-fetch-unvalidated-request-url
    read_json(payload["manifest"])
    # ok: no-unvalidated-url-fetch-unvalidated-request-url
    read_json_allowed(payload["manifest"])
    # ok: no-unvalidated-url-fetch-unvalidated-request-url
    read_json("https://api.example.com/manifests/" + payload["name"])
    return "ok"


@api.post("/events")
async def send_event(target: str):
    async with httpx.AsyncClient() as http_client:
        # ruleid: no-unvalidated-url-fetch-unvalidated-request-url
        await post_event(http_client, target, {"type": "ping"})
    # ok: no-unvalidated-url-fetch-unvalidated-request-url
    return cached(redis_client, target)


# A check helper that screens the hostname as an IP literal and lets every name through.
def is_public_target(address):
    host = urlparse(address).hostname or ""
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        return True
    return literal.is_global


# A check helper that resolves the name first.
def is_public_resolved(address):
    host = urlparse(address).hostname or ""
    for info in socket.getaddrinfo(host, 443):
        if not ipaddress.ip_address(info[4][0]).is_global:
            return False
    return True


@app.post("/fetch-title")
def fetch_title():
    address = request.form["address"]
    if not is_public_target(address):
        return "blocked", 400
    # ruleid: no-unvalidated-url-fetch-unvalidated-request-url
    return requests.get(address, allow_redirects=False).text


@app.post("/fetch-title-resolved")
def fetch_title_resolved():
    address = request.form["address"]
    if not is_public_resolved(address):
        return "blocked", 400
    # ok: no-unvalidated-url-fetch-unvalidated-request-url
    return requests.get(address, allow_redirects=False).text
