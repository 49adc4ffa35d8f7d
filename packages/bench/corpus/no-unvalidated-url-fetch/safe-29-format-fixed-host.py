import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/packages/{name}")
def package_info(name: str):
    url = "https://pypi.org/pypi/{}/json".format(name)
    return httpx.get(url, timeout=5).json()["info"]
