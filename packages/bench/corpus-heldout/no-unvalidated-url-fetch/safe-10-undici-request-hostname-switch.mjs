// pattern: undici request() in a Fastify probe route, target host matched against known services
import Fastify from 'fastify';
import { request } from 'undici';

const app = Fastify({ logger: true });

function isKnownService(hostname) {
  switch (hostname) {
    case 'api.stripe.com':
    case 'api.github.com':
    case 'api.sendgrid.com':
      return true;
    default:
      return false;
  }
}

app.get('/probe', async (req, reply) => {
  let target;
  try {
    target = new URL(req.query.target);
  } catch {
    return reply.code(400).send({ error: 'target must be a URL' });
  }
  if (target.protocol !== 'https:' || !isKnownService(target.hostname)) {
    return reply.code(400).send({ error: 'unknown service' });
  }

  const started = performance.now();
  const { statusCode, body } = await request(target, { method: 'GET', headersTimeout: 3000 });
  await body.dump();
  return { host: target.hostname, statusCode, ms: Math.round(performance.now() - started) };
});

await app.listen({ port: Number(process.env.PORT ?? 3000), host: '0.0.0.0' });
