// pattern: Drizzle sql`` template in a where clause (drizzle-team/drizzle-orm-docs sql.mdx "sql`` template")
import { Hono } from 'hono';
import { and, eq, sql } from 'drizzle-orm';
import { db } from './db/client.mjs';
import { invoices } from './db/schema.mjs';

const app = new Hono();

app.get('/invoices/overdue', async (c) => {
  const customerId = c.req.query('customer');
  const minDays = Number(c.req.query('days') ?? 30);

  const rows = await db
    .select()
    .from(invoices)
    .where(
      and(
        eq(invoices.customerId, customerId),
        sql`${invoices.dueAt} < now() - make_interval(days => ${minDays})`,
      ),
    )
    .limit(100);

  return c.json(rows);
});

export default app;
