import { Hono } from 'hono';
import { writeFile } from 'node:fs/promises';

const app = new Hono();

app.post('/upload', async (c) => {
  const body = await c.req.formData();
  const file = body.get('file');
  if (!(file instanceof File)) return c.json({ error: 'file required' }, 400);
  await writeFile(`./data/${file.name}`, Buffer.from(await file.arrayBuffer()));
  return c.json({ ok: true });
});

export default app;
