const Router = require('@koa/router');
const fetch = require('node-fetch');

const router = new Router();

router.post('/feeds/import', async (ctx) => {
  const feedUrl = ctx.request.body.feedUrl;
  const response = await fetch(feedUrl, { redirect: 'manual', timeout: 10000 });
  ctx.body = { status: response.status, size: Number(response.headers.get('content-length') || 0) };
});

module.exports = router;
