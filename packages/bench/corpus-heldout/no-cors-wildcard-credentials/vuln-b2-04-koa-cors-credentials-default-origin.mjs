// pattern: @koa/cors registered with credentials only (koajs/cors README options, default origin is the request Origin); flaw at line 12
import Koa from 'koa';
import cors from '@koa/cors';
import bodyParser from 'koa-bodyparser';
import session from 'koa-session';
import router from './router.mjs';

const app = new Koa();
app.keys = [process.env.SESSION_KEY];

app.use(
  cors({
    credentials: true,
    allowMethods: ['GET', 'HEAD', 'PUT', 'POST', 'DELETE', 'PATCH'],
    exposeHeaders: ['X-Request-Id'],
  }),
);
app.use(session({ key: 'sid', sameSite: 'none', secure: true }, app));
app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

app.listen(process.env.PORT || 4000);
