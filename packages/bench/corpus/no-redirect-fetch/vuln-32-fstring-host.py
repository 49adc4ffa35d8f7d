import requests


def tenant_health(tenant: str) -> bool:
    resp = requests.get(f"http://{tenant}.svc.cluster.local/health", timeout=2)
    return resp.ok
