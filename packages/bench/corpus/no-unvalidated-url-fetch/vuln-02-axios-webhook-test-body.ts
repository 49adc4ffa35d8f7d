import axios from 'axios';
import type { Request, Response } from 'express';

export async function testWebhook(req: Request, res: Response) {
  const { endpoint } = req.body as { endpoint: string };
  try {
    const result = await axios.post(endpoint, { event: 'ping' }, { timeout: 5000, maxRedirects: 0 });
    res.json({ status: result.status });
  } catch (err) {
    res.status(502).json({ error: 'webhook unreachable' });
  }
}
