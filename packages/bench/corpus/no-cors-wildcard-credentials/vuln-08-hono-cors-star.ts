import { Hono } from 'hono';
import { cors } from 'hono/cors';

const app = new Hono();

app.use(
  '/api/*',
  cors({
    origin: '*',
    credentials: true,
    allowMethods: ['GET', 'POST'],
  })
);

app.get('/api/me', (c) => c.json({ ok: true }));

export default app;
