// pattern: axios request with maxRedirects: 0 on a user URL (axios/axios README request config "maxRedirects")
const express = require('express');
const axios = require('axios');

const router = express.Router();

router.get('/status-check', async (req, res) => {
  const target = String(req.query.target || '');
  if (!target) return res.status(400).json({ error: 'target required' });

  const started = Date.now();
  const response = await axios.get(target, {
    maxRedirects: 0,
    timeout: 4000,
    validateStatus: () => true,
  });

  res.json({
    status: response.status,
    latencyMs: Date.now() - started,
    server: response.headers.server || null,
  });
});

module.exports = router;
