import Fastify from 'fastify';
import { fetch } from 'undici';

const app = Fastify();

app.get('/manifest', async (request) => {
  const res = await fetch(request.query.manifestUrl, { method: 'GET' });
  if (!res.ok) throw new Error(`manifest ${res.status}`);
  return res.json();
});

export default app;
