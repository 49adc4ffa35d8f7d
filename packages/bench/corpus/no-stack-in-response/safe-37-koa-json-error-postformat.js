const Koa = require('koa');
const error = require('koa-json-error');

const app = new Koa();
app.use(
  error({
    postFormat: (e, { stack, ...rest }) => (process.env.NODE_ENV === 'production' ? rest : { stack, ...rest }),
  }),
);

module.exports = app;
