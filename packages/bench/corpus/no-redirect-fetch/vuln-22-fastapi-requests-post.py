import requests
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Webhook(BaseModel):
    url: str


@app.post("/webhooks/test")
def test_webhook(hook: Webhook):
    r = requests.post(hook.url, json={"event": "ping"}, timeout=10)
    return {"status": r.status_code}
