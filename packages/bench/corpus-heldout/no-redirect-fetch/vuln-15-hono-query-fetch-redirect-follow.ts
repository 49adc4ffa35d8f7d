// pattern: hono handler reading c.req.query() url and calling fetch (Cloudflare Workers), with a hostname allowlist; flaw: line 17
import { Hono } from 'hono';

const app = new Hono();

const SOURCES: ReadonlySet<string> = new Set(['api.coingecko.com', 'api.kraken.com', 'api.binance.com']);

app.get('/quotes', async (c) => {
  const { url } = c.req.query();
  if (!url) return c.json({ error: 'No URL provided.' }, 400);

  const target = new URL(url);
  if (target.protocol !== 'https:' || !SOURCES.has(target.hostname)) {
    return c.json({ error: 'Source not supported.' }, 400);
  }

  const response = await fetch(target.toString(), { redirect: 'follow', headers: { accept: 'application/json' } });
  const data = await response.json();
  c.header('Cache-Control', 'public, max-age=30');
  return c.json(data as Record<string, unknown>);
});

export default app;
