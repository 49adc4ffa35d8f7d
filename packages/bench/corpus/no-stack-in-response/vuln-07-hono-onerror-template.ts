import { Hono } from 'hono';

const app = new Hono();

app.get('/reports/:id', async (c) => {
  try {
    const report = await loadReport(c.req.param('id'));
    return c.json(report);
  } catch (err) {
    return c.text(`Internal error: ${err}`, 500);
  }
});

declare function loadReport(id: string): Promise<object>;

export default app;
