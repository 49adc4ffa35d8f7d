// pattern: outbound webhook delivery through request-filtering-agent (azu/request-filtering-agent README with axios)
const express = require('express');
const axios = require('axios');
const { useAgent } = require('request-filtering-agent');

const router = express.Router();

router.post('/webhooks/:id/ping', async (req, res) => {
  const { targetUrl } = req.body;
  if (typeof targetUrl !== 'string') return res.status(400).json({ error: 'targetUrl required' });

  try {
    const r = await axios.post(
      targetUrl,
      { type: 'ping', webhookId: req.params.id },
      {
        httpAgent: useAgent(targetUrl),
        httpsAgent: useAgent(targetUrl),
        maxRedirects: 0,
        timeout: 5000,
      },
    );
    res.json({ delivered: true, status: r.status });
  } catch (err) {
    res.json({ delivered: false });
  }
});

module.exports = router;
