// pattern: Fastify setErrorHandler returning validation feedback as 400 and a generic 500 otherwise (fastify-plugin module)
import fp from 'fastify-plugin';

async function errorHandler(fastify) {
  fastify.setErrorHandler((error, request, reply) => {
    if (error.validation) {
      return reply.status(400).send({
        statusCode: 400,
        error: 'Bad Request',
        message: error.message,
      });
    }

    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({
      statusCode: 500,
      error: 'Internal Server Error',
      message: `Something went wrong, reference ${request.id}`,
    });
  });
}

export default fp(errorHandler);
