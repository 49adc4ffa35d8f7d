import { Hono } from 'hono';
import { cors } from 'hono/cors';

const app = new Hono();

app.use('/public/*', cors({ origin: '*' }));
app.get('/public/feed', (c) => c.json([]));

export default app;
