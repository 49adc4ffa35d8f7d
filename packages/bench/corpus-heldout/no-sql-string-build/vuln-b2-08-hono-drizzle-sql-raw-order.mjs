// pattern: Hono + Drizzle ORM list endpoint ordering with sql.raw (drizzle-team/drizzle-orm-docs sql.mdx "sql.raw"); flaw at line 16
import { Hono } from 'hono';
import { desc, eq, sql } from 'drizzle-orm';
import { db } from './db/client.mjs';
import { invoices } from './db/schema.mjs';

const app = new Hono();

app.get('/invoices', async (c) => {
  const customerId = c.req.query('customer');
  const sortBy = c.req.query('sortBy');

  let query = db.select().from(invoices).where(eq(invoices.customerId, customerId));

  query = sortBy
    ? query.orderBy(sql.raw(`${sortBy} DESC NULLS LAST`))
    : query.orderBy(desc(invoices.issuedAt));

  return c.json(await query.limit(50));
});

export default app;
