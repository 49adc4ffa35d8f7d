// pattern: Hono app.onError with HTTPException passthrough and a generic JSON 500 (errors.ts module)
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { logger } from 'hono/logger';
import { projects } from './routes/projects';

const app = new Hono();

app.use('*', logger());
app.route('/projects', projects);

app.notFound((c) => c.json({ error: 'Not found' }, 404));

app.onError((err, c) => {
  if (err instanceof HTTPException) {
    return err.getResponse();
  }
  console.error(`[api] ${c.req.method} ${c.req.path}`, err.stack);
  return c.json({ error: 'Internal server error' }, 500);
});

export default app;
