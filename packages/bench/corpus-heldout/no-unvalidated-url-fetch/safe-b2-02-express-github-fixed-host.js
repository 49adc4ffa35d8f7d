// pattern: Express route calling the GitHub REST API with owner/repo from params on a fixed host (octokit REST docs "Get a repository")
const express = require('express');
const axios = require('axios');

const router = express.Router();

router.get('/repos/:owner/:repo/summary', async (req, res, next) => {
  const owner = encodeURIComponent(req.params.owner);
  const repo = encodeURIComponent(req.params.repo);
  try {
    const { data } = await axios.get(`https://api.github.com/repos/${owner}/${repo}`, {
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${process.env.GITHUB_TOKEN}`,
      },
      timeout: 5000,
    });
    res.json({ stars: data.stargazers_count, forks: data.forks_count, license: data.license && data.license.spdx_id });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
