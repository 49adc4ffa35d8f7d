const Koa = require('koa');
const Router = require('@koa/router');
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: process.env.DB_HOST, user: 'app', database: 'shop' });
const app = new Koa();
const router = new Router();

router.get('/products/search', async (ctx) => {
  const term = ctx.query.q || '';
  const [rows] = await pool.query("SELECT id, name, price FROM products WHERE name LIKE '%" + term + "%' LIMIT 50");
  ctx.body = rows;
});

app.use(router.routes());
app.listen(3000);
