// pattern: "send test webhook" endpoint with superagent (ladjs/superagent docs), destination taken from the submitted webhook settings; flaw at line 19
const express = require('express');
const superagent = require('superagent');
const crypto = require('node:crypto');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();

function sign(body, secret) {
  return crypto.createHmac('sha256', secret).update(body).digest('hex');
}

router.post('/webhooks/test', requireAuth, async (req, res) => {
  const webhook = req.body;
  const payload = JSON.stringify({ event: 'ping', sentAt: new Date().toISOString() });

  try {
    const response = await superagent
      .post(webhook.endpoint)
      .set('Content-Type', 'application/json')
      .set('X-Signature', sign(payload, webhook.secret || ''))
      .timeout({ response: 5000, deadline: 10000 })
      .send(payload);
    res.json({ delivered: true, status: response.status });
  } catch (err) {
    res.json({ delivered: false, status: err.status || null });
  }
});

module.exports = router;
