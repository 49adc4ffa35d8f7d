import requests


def call_callback(method: str, callback_url: str, payload: dict) -> int:
    resp = requests.request(method, callback_url, json=payload, timeout=5)
    return resp.status_code
