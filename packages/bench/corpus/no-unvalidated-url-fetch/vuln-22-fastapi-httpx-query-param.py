import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/proxy")
async def proxy(target: str):
    async with httpx.AsyncClient(timeout=10) as client:
        upstream = await client.get(target)
    return {"status": upstream.status_code, "body": upstream.text[:500]}
