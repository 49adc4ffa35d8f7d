import requests
from fastapi import APIRouter, Query

router = APIRouter()


def fetch_metadata(url: str = Query(..., description="document to inspect")):
    response = requests.get(url, timeout=5, allow_redirects=False)
    return {"content_type": response.headers.get("content-type")}


router.add_api_route("/metadata", fetch_metadata)
