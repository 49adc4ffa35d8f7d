// pattern: hono/cors origin function (Cloudflare Workers API with credentials); flaw: line 15
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { getCookie } from 'hono/cookie';

type Bindings = {
  SESSIONS: KVNamespace;
};

const app = new Hono<{ Bindings: Bindings }>();

app.use(
  '/api/*',
  cors({
    origin: (origin) => (origin.endsWith('quillnote.com') ? origin : null),
    allowHeaders: ['Content-Type'],
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
    credentials: true,
    maxAge: 600,
  }),
);

app.get('/api/notes', async (c) => {
  const sid = getCookie(c, 'sid');
  if (!sid) return c.json({ error: 'unauthorized' }, 401);
  const notes = await c.env.SESSIONS.get(`notes:${sid}`, 'json');
  return c.json({ notes: notes ?? [] });
});

export default app;
