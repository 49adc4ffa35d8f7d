import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class RemoteRequest(BaseModel):
    url: str


@app.post("/remote")
async def fetch_remote(body: RemoteRequest) -> str:
    async with httpx.AsyncClient(follow_redirects=True) as client:
        response = await client.get(body.url)
        return response.text
