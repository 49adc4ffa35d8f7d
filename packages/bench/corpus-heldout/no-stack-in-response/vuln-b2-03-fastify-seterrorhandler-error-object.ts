// pattern: Fastify setErrorHandler sending the error object in the payload (search: "setupErrorHandler ... error: error" in Fastify TS projects); flaw at line 16
import type { FastifyError, FastifyInstance } from "fastify";
import fp from "fastify-plugin";

export default fp(async function errorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    request.log.error({ err: error }, "unhandled error");

    if (error.validation) {
      return reply.status(400).send({ status: "fail", message: "Invalid request", details: error.validation });
    }

    return reply.status(error.statusCode ?? 500).send({
      status: "error",
      message: "Internal server error",
      error,
    });
  });
});
