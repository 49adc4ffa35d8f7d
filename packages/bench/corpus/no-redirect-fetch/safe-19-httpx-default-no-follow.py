import httpx


async def status_of(url: str) -> int:
    async with httpx.AsyncClient() as client:
        r = await client.get(url)
    return r.status_code
