import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { db } from './db';

const app = new Hono();

app.get('/users/by-domain', async (c) => {
  const domain = c.req.query('domain');
  const users = await db.all(sql.raw(`SELECT id, email FROM users WHERE email LIKE '%@${domain}'`));
  return c.json(users);
});

export default app;
