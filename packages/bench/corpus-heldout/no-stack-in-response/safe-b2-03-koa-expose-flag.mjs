// pattern: Koa error middleware honouring http-errors' expose flag (koajs/koa docs "Error Handling", ctx.throw/expose)
import Koa from 'koa';
import router from './routes/index.mjs';

const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    const exposed = Boolean(err.expose);
    ctx.status = exposed ? err.status : 500;
    ctx.body = {
      error: exposed ? err.message : 'Internal Server Error',
    };
    if (!exposed) ctx.app.emit('error', err, ctx);
  }
});

app.use(router.routes()).use(router.allowedMethods());

app.on('error', (err) => {
  console.error('unhandled', err);
});

app.listen(3000);
