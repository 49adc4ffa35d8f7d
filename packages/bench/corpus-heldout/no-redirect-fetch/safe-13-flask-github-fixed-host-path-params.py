# pattern: Flask route calling the GitHub REST API with owner/repo only in the path (fixed host)
from urllib.parse import quote

import requests
from flask import Flask, abort, jsonify

from .config import GITHUB_TOKEN

app = Flask(__name__)
GITHUB_API = "https://api.github.com"


@app.route("/api/repos/<owner>/<repo>/stars")
def repo_stars(owner: str, repo: str):
    url = f"{GITHUB_API}/repos/{quote(owner, '')}/{quote(repo, '')}"
    resp = requests.get(
        url,
        headers={"Authorization": f"Bearer {GITHUB_TOKEN}", "Accept": "application/vnd.github+json"},
        timeout=10,
    )
    if resp.status_code == 404:
        abort(404)
    resp.raise_for_status()
    data = resp.json()
    return jsonify({"full_name": data["full_name"], "stars": data["stargazers_count"]})
