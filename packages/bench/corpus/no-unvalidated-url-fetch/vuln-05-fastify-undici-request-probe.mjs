import Fastify from 'fastify';
import { request } from 'undici';

const app = Fastify();

app.get('/health-probe', async (req, reply) => {
  const { statusCode } = await request(req.query.target, { method: 'HEAD' });
  return reply.send({ target: req.query.target, up: statusCode < 500 });
});

await app.listen({ port: 4000 });
