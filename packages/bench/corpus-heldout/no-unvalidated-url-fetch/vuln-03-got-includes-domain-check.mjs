// pattern: RSSHub lib/cors_apis style Koa handler with got, limited by a substring check on the URL; flaw: line 14
import Router from '@koa/router';
import got from 'got';

export const sitemapRouter = new Router();

sitemapRouter.post('/sitemaps/inspect', async (ctx) => {
  const { sitemapUrl } = ctx.request.body;
  const { domain } = ctx.state.site;
  if (typeof sitemapUrl !== 'string' || !sitemapUrl.includes(domain)) {
    ctx.throw(400, `sitemap must be on ${domain}`);
  }

  const xml = await got(sitemapUrl, { followRedirect: false, timeout: { request: 8000 } }).text();
  const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  ctx.body = { count: locations.length, sample: locations.slice(0, 20) };
});
