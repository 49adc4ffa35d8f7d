// pattern: drizzle-orm db.execute(sql.raw(...)) helper (executeRawSQL) used by an analytics route; flaw at line 14
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { db } from '../db';

export const analytics = new Hono();

analytics.get('/events/count', async (c) => {
  const eventName = c.req.query('event') ?? 'page_view';
  const days = Number(c.req.query('days') ?? '7');

  const query = `SELECT date(created_at) AS day, count(*)::int AS total
                   FROM events
                  WHERE name = '${eventName}'
                    AND created_at > now() - interval '${days} days'
                  GROUP BY 1 ORDER BY 1`;

  const result = await db.execute(sql.raw(query));
  return c.json(result.rows);
});
