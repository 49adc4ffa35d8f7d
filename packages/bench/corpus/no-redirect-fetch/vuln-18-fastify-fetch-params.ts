import Fastify from 'fastify';

const app = Fastify();

app.get<{ Querystring: { target: string } }>('/fetch', async (request, reply) => {
  const res = await fetch(request.query.target, { redirect: 'follow' });
  reply.header('content-type', res.headers.get('content-type') ?? 'text/plain');
  return reply.send(await res.text());
});

export default app;
