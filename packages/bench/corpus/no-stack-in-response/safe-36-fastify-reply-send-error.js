module.exports = async function routes(fastify) {
  fastify.get('/invoices/:id', async (request, reply) => {
    try {
      return await fastify.invoices.find(request.params.id);
    } catch (err) {
      request.log.error(err);
      reply.code(err.statusCode || 500).send(err);
    }
  });
};
