# pattern: FastAPI integration settings sending a test message to a Slack incoming webhook after a startswith prefix check (Slack webhook_check idiom from code search); flaw: line 23
import httpx
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .auth import require_admin
from .db import save_integration

router = APIRouter(prefix="/integrations/slack")
SLACK_PREFIX = "https://hooks.slack.com"


class SlackIntegrationIn(BaseModel):
    webhook_url: str
    channel: str | None = None


@router.post("")
async def connect_slack(body: SlackIntegrationIn, org=Depends(require_admin)):
    if not body.webhook_url.startswith(SLACK_PREFIX):
        raise HTTPException(status_code=422, detail="Not a Slack webhook URL")
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.post(body.webhook_url, json={"text": f"Connected to {org.name}"})
    if resp.status_code != 200:
        raise HTTPException(status_code=400, detail="Slack rejected the test message")
    await save_integration(org.id, "slack", body.webhook_url, body.channel)
    return {"connected": True}
