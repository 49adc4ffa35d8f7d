// pattern: fastify onRequest hook setting CORS headers by hand (fastify-plugin); flaw: line 9
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export default fp(async function manualCors(fastify: FastifyInstance) {
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const origin = request.headers.origin;
    if (origin) {
      reply.header('access-control-allow-origin', origin);
      reply.header('access-control-allow-credentials', 'true');
      reply.header('vary', 'Origin');
    }
    if (request.method === 'OPTIONS') {
      return reply
        .header('access-control-allow-methods', 'GET,POST,PUT,DELETE')
        .header('access-control-allow-headers', request.headers['access-control-request-headers'] ?? '*')
        .code(204)
        .send();
    }
  });
});
