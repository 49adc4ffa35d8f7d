// pattern: webhook "send test event" endpoint posting to a URL from the request body (axios, redirects off); flaw: line 18
const express = require('express');
const axios = require('axios');
const crypto = require('crypto');

const router = express.Router();

router.post('/webhooks/test', async (req, res) => {
  const { url, secret } = req.body;
  if (!url || !/^https?:\/\//.test(url)) {
    return res.status(400).json({ error: 'A http(s) URL is required' });
  }

  const payload = { type: 'webhook.test', id: crypto.randomUUID(), createdAt: Date.now() };
  const signature = crypto.createHmac('sha256', secret || '').update(JSON.stringify(payload)).digest('hex');

  try {
    const response = await axios.post(url, payload, {
      headers: { 'x-signature': signature },
      maxRedirects: 0,
      timeout: 5000,
      validateStatus: () => true,
    });
    return res.json({ delivered: response.status < 300, status: response.status });
  } catch (err) {
    return res.json({ delivered: false, error: err.code || 'request failed' });
  }
});

module.exports = router;
