import aiohttp
from fastapi import FastAPI

app = FastAPI()


@app.post("/notify")
async def notify(callback: str):
    async with aiohttp.ClientSession() as session:
        async with session.post(callback, json={"ok": True}) as resp:
            return {"status": resp.status}
