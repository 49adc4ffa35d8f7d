// pattern: Fastify setErrorHandler separating schema validation errors from server errors (fastify docs "Validation and Serialization" error handling)
import type { FastifyError, FastifyInstance } from "fastify";

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      return reply.status(400).send({
        error: "Bad Request",
        message: error.message,
      });
    }

    request.log.error({ err: error }, "request failed");
    return reply.status(500).send({
      error: "Internal Server Error",
      message: "An unexpected error occurred",
      requestId: request.id,
    });
  });
}
