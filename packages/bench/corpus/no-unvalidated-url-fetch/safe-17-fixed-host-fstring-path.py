import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/repos/{owner}/{repo}")
async def repo_stars(owner: str, repo: str):
    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://api.github.com/repos/{owner}/{repo}")
    return {"stars": r.json().get("stargazers_count")}
