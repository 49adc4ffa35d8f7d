// pattern: undici request() (no redirect handling by default) in a Fastify health-probe route; flaw: line 14
import Fastify from 'fastify';
import { request } from 'undici';

const app = Fastify({ logger: true });

app.get('/probe', async (req, reply) => {
  const { target } = req.query;
  if (!target) {
    return reply.code(400).send({ error: 'target is required' });
  }

  const started = performance.now();
  const { statusCode, headers, body } = await request(target, { method: 'GET', headersTimeout: 3000 });
  const text = await body.text();
  return {
    statusCode,
    server: headers.server ?? null,
    bytes: text.length,
    ms: Math.round(performance.now() - started),
  };
});

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
