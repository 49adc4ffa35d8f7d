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
