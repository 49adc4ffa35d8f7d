// pattern: got JSON request to a fixed GitHub API host with owner/repo taken from route params
const express = require('express');
const got = require('got');

const router = express.Router();

const github = got.extend({
  prefixUrl: 'https://api.github.com',
  headers: {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${process.env.GITHUB_TOKEN}`,
  },
  timeout: { request: 5000 },
});

router.get('/repos/:owner/:repo/summary', async (req, res, next) => {
  const { owner, repo } = req.params;
  try {
    const info = await github.get(`repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`).json();
    const releases = await github
      .get(`repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/releases`, { searchParams: { per_page: 5 } })
      .json();
    res.json({
      stars: info.stargazers_count,
      openIssues: info.open_issues_count,
      latest: releases.map((r) => ({ tag: r.tag_name, publishedAt: r.published_at })),
    });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
