import dns from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import express from 'express';

const router = express.Router();

router.post('/webhooks/test', async (req, res) => {
  const target = new URL(req.body.url);
  const { address } = await dns.lookup(target.hostname);
  if (ipaddr.parse(address).range() !== 'unicast') {
    return res.status(400).json({ error: 'private address' });
  }
  const response = await fetch(target, { method: 'POST', redirect: 'error', body: '{}' });
  res.json({ status: response.status });
});

export default router;
