// pattern: koajs/jwt README (koa-jwt middleware with cookie option and .unless); flaw: line 28
import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import jwt from 'koa-jwt';
import { notesRouter } from './routes/notes.mjs';
import { sessionRouter } from './routes/session.mjs';

const app = new Koa();
const api = new Router({ prefix: '/api' });

app.use(bodyParser());

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    if (err.status === 401) {
      ctx.status = 401;
      ctx.body = { error: 'Protected resource, sign in first' };
      return;
    }
    throw err;
  }
});

app.use(
  jwt({ secret: process.env.JWT_SECRET, cookie: 'token', key: 'user' }).unless({
    path: [/^\/api\/session/, /^\/health/],
  })
);

api.use('/session', sessionRouter.routes());
api.use('/notes', notesRouter.routes());
app.use(api.routes()).use(api.allowedMethods());

app.listen(Number(process.env.PORT ?? 3000));
