# pattern: FastAPI 'test connection' endpoint calling {base_url}/api/health from a Pydantic body (services/http_client execute_request idiom from code search); flaw: line 21
import httpx
from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from .auth import current_workspace

router = APIRouter(prefix="/connectors")


class ConnectorConfig(BaseModel):
    base_url: str = Field(..., examples=["https://grafana.mycompany.com"])
    api_key: str


@router.post("/test")
async def test_connector(cfg: ConnectorConfig, workspace=Depends(current_workspace)):
    health_url = f"{cfg.base_url.rstrip('/')}/api/health"
    async with httpx.AsyncClient(timeout=5.0) as client:
        try:
            resp = await client.get(health_url, headers={"Authorization": f"Bearer {cfg.api_key}"})
        except httpx.HTTPError as exc:
            return {"ok": False, "error": str(exc)}
    return {"ok": resp.is_success, "status": resp.status_code, "body": resp.text[:1000]}
