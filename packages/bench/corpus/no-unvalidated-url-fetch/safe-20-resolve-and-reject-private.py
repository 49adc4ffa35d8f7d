import ipaddress
import socket
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    address = ipaddress.ip_address(socket.gethostbyname(urlparse(url).hostname))
    if address.is_private or address.is_loopback or address.is_link_local:
        abort(403)
    return requests.get(url, timeout=5, allow_redirects=False).text
