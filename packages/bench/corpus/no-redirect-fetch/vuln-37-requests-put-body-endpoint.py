import requests

from .settings import get_integration


def push_status(integration_id, status):
    endpoint = get_integration(integration_id)["endpoint"]
    return requests.put(endpoint, json={"status": status}, timeout=5)
