import ipaddress
import socket
from urllib.parse import urlparse

import requests
from django.http import HttpResponse, HttpResponseBadRequest


def fetch_public(request):
    url = request.GET["url"]
    host = urlparse(url).hostname
    addr = ipaddress.ip_address(socket.gethostbyname(host))
    if addr.is_private or addr.is_loopback or addr.is_link_local:
        return HttpResponseBadRequest("blocked address")
    upstream = requests.get(url, timeout=5)
    return HttpResponse(upstream.content, content_type=upstream.headers.get("content-type"))
