import { Hono } from 'hono';

const app = new Hono();

app.get('/oembed', async (c) => {
  const target = c.req.query('url') ?? '';
  if (!target.includes('youtube.com')) {
    return c.json({ error: 'only YouTube links are supported' }, 400);
  }
  const data = await fetch(`https://noembed.com/embed?url=${encodeURIComponent(target)}`).then((r) => r.json());
  const thumb = await fetch(target, { redirect: 'manual' });
  return c.json({ ...data, reachable: thumb.ok });
});

export default app;
