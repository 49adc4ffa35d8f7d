// pattern: azu/request-filtering-agent README (RequestFilteringHttpAgent / RequestFilteringHttpsAgent) with axios
import axios from 'axios';
import crypto from 'node:crypto';
import express from 'express';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

const router = express.Router();

const webhookClient = axios.create({
  httpAgent: new RequestFilteringHttpAgent(),
  httpsAgent: new RequestFilteringHttpsAgent(),
  maxRedirects: 0,
  timeout: 5000,
  validateStatus: () => true,
});

router.post('/webhooks/test', async (req, res) => {
  const { url, secret } = req.body;
  if (!url || !/^https?:\/\//.test(url)) {
    return res.status(400).json({ error: 'A http(s) URL is required' });
  }

  const payload = { type: 'webhook.test', id: crypto.randomUUID(), createdAt: Date.now() };
  const signature = crypto.createHmac('sha256', secret || '').update(JSON.stringify(payload)).digest('hex');
  try {
    const response = await webhookClient.post(url, payload, { headers: { 'x-signature': signature } });
    return res.json({ delivered: response.status < 300, status: response.status });
  } catch (err) {
    return res.json({ delivered: false, error: err.code || 'request failed' });
  }
});

export default router;
