// pattern: RSSHub lib/cors_apis style Koa handler with got, limited to known oEmbed providers; flaw: line 25
import Router from '@koa/router';
import got from 'got';

const PROVIDERS = new Map([
  ['www.youtube.com', 'https://www.youtube.com/oembed'],
  ['vimeo.com', 'https://vimeo.com/api/oembed.json'],
  ['soundcloud.com', 'https://soundcloud.com/oembed'],
]);

export const embedRouter = new Router({ prefix: '/embed' });

embedRouter.get('/preview', async (ctx) => {
  const pageUrl = ctx.query.url;
  let parsed;
  try {
    parsed = new URL(pageUrl);
  } catch {
    ctx.throw(400, 'url must be absolute');
  }
  if (!PROVIDERS.has(parsed.hostname)) {
    ctx.throw(422, 'unsupported provider');
  }

  const page = await got(parsed.href, { timeout: { request: 5000 } }).text();
  const title = page.match(/<title>([^<]*)<\/title>/i)?.[1] ?? '';
  ctx.body = { provider: parsed.hostname, endpoint: PROVIDERS.get(parsed.hostname), title };
});
