import httpx
from fastapi import FastAPI
from pydantic import BaseModel, HttpUrl

app = FastAPI()


class ImportRequest(BaseModel):
    source: HttpUrl
    name: str


@app.post("/datasets/import")
async def import_dataset(body: ImportRequest):
    async with httpx.AsyncClient() as client:
        data = await client.get(str(body.source))
    return {"name": body.name, "size": len(data.content)}
