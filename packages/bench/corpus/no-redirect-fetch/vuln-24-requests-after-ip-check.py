import ipaddress
import socket
from urllib.parse import urlparse

import requests


def fetch_public(url: str) -> bytes:
    host = urlparse(url).hostname
    addr = ipaddress.ip_address(socket.gethostbyname(host))
    if addr.is_private or addr.is_loopback or addr.is_link_local:
        raise ValueError("blocked address")
    return requests.get(url, timeout=5).content
