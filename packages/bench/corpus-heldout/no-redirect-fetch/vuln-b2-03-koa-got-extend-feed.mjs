// pattern: Koa RSS import endpoint with a got.extend client instance (sindresorhus/got docs "got.extend"), URL from the JSON body; flaw at line 18
import Router from '@koa/router';
import got from 'got';
import { parseFeed } from './feed-parser.mjs';

const http = got.extend({
  timeout: { request: 8000 },
  retry: { limit: 1 },
  headers: { 'user-agent': 'reader-bot/3.0 (+https://reader.example)' },
});

const router = new Router({ prefix: '/feeds' });

router.post('/import', async (ctx) => {
  const { feedUrl, folder = 'inbox' } = ctx.request.body;
  ctx.assert(typeof feedUrl === 'string' && feedUrl.length > 0, 400, 'feedUrl required');

  const xml = await http.get(feedUrl).text();
  const feed = await parseFeed(xml);

  const saved = await ctx.state.db.feeds.insert({
    owner: ctx.state.user.id,
    folder,
    title: feed.title,
    source: feedUrl,
  });
  ctx.status = 201;
  ctx.body = { id: saved.id, items: feed.items.length };
});

export default router;
