import json
from urllib.request import urlopen


def load_remote_config(config_url):
    with urlopen(config_url, timeout=5) as fh:
        return json.load(fh)
