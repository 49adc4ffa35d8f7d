// pattern: Hono route on Node with undici request() called through a helper (nodejs/undici README "undici.request"); flaw at line 6
import { Hono } from 'hono';
import { request } from 'undici';

async function headInfo(target) {
  const { statusCode, headers, body } = await request(target, { method: 'HEAD' });
  await body.dump();
  return { statusCode, length: headers['content-length'] ?? null, type: headers['content-type'] ?? null };
}

const app = new Hono();

app.get('/api/link-info', async (c) => {
  const link = c.req.query('link');
  if (!link) return c.json({ error: 'link required' }, 400);
  const info = await headInfo(link);
  return c.json(info);
});

export default app;
