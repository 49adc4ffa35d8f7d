# pattern: Litestar handler testing a webhook target with a shared httpx.AsyncClient(follow_redirects=True) after a hostname allowlist check (httpx AsyncClient module-level client pattern; webhook test endpoints); flaw: line 24
from urllib.parse import urlparse

import httpx
from litestar import Litestar, post
from litestar.exceptions import ValidationException
from pydantic import BaseModel

client = httpx.AsyncClient(timeout=10.0, follow_redirects=True)

ALLOWED_WEBHOOK_HOSTS = {"hooks.slack.com", "discord.com", "outlook.office.com"}


class WebhookTest(BaseModel):
    target_url: str
    message: str = "Test notification from StatusBoard"


@post("/integrations/webhooks/test")
async def test_webhook(data: WebhookTest) -> dict:
    host = urlparse(data.target_url).hostname
    if host not in ALLOWED_WEBHOOK_HOSTS:
        raise ValidationException(detail="Unsupported webhook host")
    resp = await client.post(data.target_url, json={"text": data.message})
    return {"delivered": resp.is_success, "status": resp.status_code}


async def close_client() -> None:
    await client.aclose()


app = Litestar(route_handlers=[test_webhook], on_shutdown=[close_client])
