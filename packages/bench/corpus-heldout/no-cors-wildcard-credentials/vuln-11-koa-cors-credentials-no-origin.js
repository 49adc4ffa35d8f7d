// pattern: koajs/cors README (@koa/cors options; origin defaults to the request Origin when credentials is set); flaw: line 14
const Koa = require('koa');
const Router = require('@koa/router');
const cors = require('@koa/cors');
const session = require('koa-session');
const bodyParser = require('koa-bodyparser');
const wordsRouter = require('./routes/words');

const app = new Koa();
app.keys = [process.env.SESSION_KEY];

app.use(session({ sameSite: 'none', secure: true }, app));
app.use(
  cors({
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
    keepHeadersOnError: true,
  })
);
app.use(bodyParser());

const router = new Router({ prefix: '/api' });
router.use('/words', wordsRouter.routes());
app.use(router.routes()).use(router.allowedMethods());

module.exports = app;
