// pattern: Fastify setErrorHandler in a plugin module (setupErrorHandler(fastify: FastifyInstance)); flaw at line 15
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

async function errorHandlerPlugin(fastify: FastifyInstance) {
  fastify.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error.validation) {
      return reply.status(400).send({ status: 'fail', message: 'Invalid request', details: error.validation });
    }

    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({
      status: 'error',
      message: 'Internal server error',
      error,
    });
  });
}

export default fp(errorHandlerPlugin, { name: 'error-handler' });
