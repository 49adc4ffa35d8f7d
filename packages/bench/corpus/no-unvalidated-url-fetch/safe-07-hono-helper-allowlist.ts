import { Hono } from 'hono';

const ALLOWED = ['www.youtube.com', 'youtu.be'];

function isAllowedVideo(raw: string): boolean {
  try {
    return ALLOWED.includes(new URL(raw).hostname);
  } catch {
    return false;
  }
}

const app = new Hono();

app.get('/oembed', async (c) => {
  const target = c.req.query('url') ?? '';
  if (!isAllowedVideo(target)) return c.json({ error: 'unsupported' }, 400);
  const thumb = await fetch(target, { redirect: 'manual' });
  return c.json({ reachable: thumb.ok });
});

export default app;
