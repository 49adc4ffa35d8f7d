const Koa = require('koa');
const cors = require('@koa/cors');

const ALLOWED = ['https://shop.example.com', 'https://admin.example.com'];

const app = new Koa();
app.use(
  cors({
    credentials: true,
    origin: (ctx) => {
      const requestOrigin = ctx.get('Origin');
      return ALLOWED.includes(requestOrigin) ? requestOrigin : '';
    },
  })
);

module.exports = app;
