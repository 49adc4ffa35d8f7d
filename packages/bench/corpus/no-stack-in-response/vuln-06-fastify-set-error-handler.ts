import Fastify from 'fastify';

const app = Fastify({ logger: true });

app.setErrorHandler((error, request, reply) => {
  request.log.error(error);
  reply.status(500).send({ error: error.message, stack: error.stack });
});

export default app;
