// pattern: hono handler reading c.req.query() url and calling fetch (Cloudflare Workers JSON relay); flaw: line 8
import type { Context } from 'hono';

export default async (c: Context) => {
  const { url } = c.req.query();
  if (!url) return c.json({ error: 'No URL provided.' }, 400);

  const response = await fetch(url, { redirect: 'error', headers: { accept: 'application/json' } });
  if (!response.ok) {
    return c.json({ error: `Upstream returned ${response.status}` }, 502);
  }
  const data = await response.json();
  return c.json(data as Record<string, unknown>);
};
