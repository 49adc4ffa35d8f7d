const Koa = require('koa');
const cors = require('@koa/cors');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

app.use(cors({ credentials: true }));

router.get('/account', (ctx) => {
  ctx.body = { id: ctx.state.userId };
});

app.use(router.routes());
app.listen(4000);
