// pattern: RSSHub lib/cors_apis style Koa handler with got, checked by parsed origin against a Set
import Router from '@koa/router';
import got from 'got';

const ALLOWED_ORIGINS = new Set(['https://www.example-shop.com', 'https://blog.example-shop.com']);

export const sitemapRouter = new Router();

sitemapRouter.post('/sitemaps/inspect', async (ctx) => {
  const { sitemapUrl } = ctx.request.body;
  let parsed;
  try {
    parsed = new URL(sitemapUrl);
  } catch {
    ctx.throw(400, 'sitemapUrl must be an absolute URL');
  }
  if (!ALLOWED_ORIGINS.has(parsed.origin)) {
    ctx.throw(400, 'sitemap must be on a verified site');
  }

  const xml = await got(parsed, { followRedirect: false, timeout: { request: 8000 } }).text();
  const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  ctx.body = { count: locations.length, sample: locations.slice(0, 20) };
});
