import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { getCookie } from 'hono/cookie';

const app = new Hono<{ Bindings: { SESSIONS: KVNamespace } }>();

app.use(
  '/api/*',
  cors({
    origin: (origin) => (origin.endsWith('notely.io') ? origin : null),
    credentials: true,
  }),
);

app.get('/api/notes', async (c) => {
  const sid = getCookie(c, 'sid');
  if (!sid) return c.json({ error: 'unauthorized' }, 401);
  return c.json(await c.env.SESSIONS.get(`notes:${sid}`, 'json'));
});

export default app;
