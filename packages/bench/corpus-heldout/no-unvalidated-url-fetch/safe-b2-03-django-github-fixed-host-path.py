# pattern: Django view calling https://api.github.com/repos/{owner}/{repo} with only path segments from the request (GitHub REST API wrappers in Django portfolio apps)
import re

import requests
from django.conf import settings
from django.http import Http404, JsonResponse

NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")


def repo_stats(request, owner, repo):
    if not (NAME_RE.match(owner) and NAME_RE.match(repo)):
        raise Http404
    resp = requests.get(
        f"https://api.github.com/repos/{owner}/{repo}",
        headers={
            "Accept": "application/vnd.github+json",
            "Authorization": f"Bearer {settings.GITHUB_TOKEN}",
        },
        timeout=5,
    )
    if resp.status_code == 404:
        raise Http404
    data = resp.json()
    return JsonResponse(
        {
            "stars": data["stargazers_count"],
            "forks": data["forks_count"],
            "open_issues": data["open_issues_count"],
        }
    )
