import requests
from fastapi import APIRouter

router = APIRouter()


@router.get("/tenants/{tenant}/health")
def tenant_health(tenant: str) -> dict:
    resp = requests.get(f"http://{tenant}.svc.cluster.local/health", timeout=2)
    return {"tenant": tenant, "ok": resp.ok}
