const Router = require('@koa/router');
const axios = require('axios');

const router = new Router();

router.get('/proxy', async (ctx) => {
  const response = await axios.request({ url: ctx.query.url, method: 'GET', maxRedirects: 5 });
  ctx.body = response.data;
});

module.exports = router;
