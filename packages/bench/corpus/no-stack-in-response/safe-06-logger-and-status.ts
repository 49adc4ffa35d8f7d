import type { FastifyInstance } from 'fastify';

export function registerErrors(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    request.log.error({ err: error }, 'unhandled error');
    reply.status(500).send({ error: 'Internal Server Error' });
  });
}
