// pattern: Koa try/await next()/catch error middleware (koajs/koa wiki "Error Handling"); flaw at line 13
import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import router from './routes/index.mjs';

const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || err.statusCode || 500;
    ctx.body = { ok: false, error: err.message };
    ctx.app.emit('error', err, ctx);
  }
});

app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

app.on('error', (err, ctx) => {
  console.error('server error', ctx.path, err);
});

app.listen(3000);
