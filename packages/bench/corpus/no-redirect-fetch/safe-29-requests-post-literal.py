import requests


def send_metrics(payload: dict) -> None:
    requests.post("https://metrics.internal.example.com/ingest", json=payload, timeout=2)
