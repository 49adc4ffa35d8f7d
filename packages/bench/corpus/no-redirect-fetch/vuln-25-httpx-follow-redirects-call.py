import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/fetch")
async def fetch(url: str):
    async with httpx.AsyncClient() as client:
        r = await client.get(url, follow_redirects=True)
    return {"status": r.status_code}
