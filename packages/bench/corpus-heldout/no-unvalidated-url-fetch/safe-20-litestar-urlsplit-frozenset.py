# pattern: Litestar @post handler checking urlsplit(url).hostname against a module frozenset before httpx.AsyncClient.get
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from litestar import Litestar, post
from litestar.exceptions import HTTPException

DATASET_HOSTS = frozenset({"data.gov.uk", "www.data.gouv.fr", "catalog.data.gov"})


@dataclass
class DatasetImport:
    url: str
    name: str


@post("/datasets/import")
async def import_dataset(data: DatasetImport) -> dict:
    if urlsplit(data.url).hostname not in DATASET_HOSTS:
        raise HTTPException(status_code=400, detail="unsupported data portal")
    async with httpx.AsyncClient(timeout=20) as client:
        resp = await client.get(data.url)
    if resp.status_code != 200:
        raise HTTPException(status_code=400, detail="download failed")
    return {"name": data.name, "bytes": len(resp.content)}


app = Litestar(route_handlers=[import_dataset])
