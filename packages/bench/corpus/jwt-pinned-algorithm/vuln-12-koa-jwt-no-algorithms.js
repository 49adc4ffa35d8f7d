const Koa = require('koa');
const jwt = require('koa-jwt');

const app = new Koa();

app.use(jwt({ secret: process.env.JWT_SECRET }).unless({ path: [/^\/public/] }));

app.use(async (ctx) => {
  ctx.body = { user: ctx.state.user };
});

app.listen(3000);
