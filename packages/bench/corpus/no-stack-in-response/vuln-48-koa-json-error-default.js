const Koa = require('koa');
const error = require('koa-json-error');
const router = require('./router');

const app = new Koa();
app.use(error());
app.use(router.routes());

module.exports = app;
