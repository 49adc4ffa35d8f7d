# pattern: Litestar @post handler with a dataclass body and httpx.AsyncClient (litestar docs requests/body); flaw: line 18
from dataclasses import dataclass

import httpx
from litestar import Litestar, post
from litestar.exceptions import HTTPException


@dataclass
class ImportRequest:
    url: str
    collection: str


@post("/collections/import")
async def import_collection(data: ImportRequest) -> dict:
    async with httpx.AsyncClient(timeout=15) as client:
        resp = await client.get(data.url)
    if resp.status_code != 200:
        raise HTTPException(status_code=400, detail="could not download collection")
    items = resp.json()
    return {"collection": data.collection, "items": len(items)}


app = Litestar(route_handlers=[import_collection])
