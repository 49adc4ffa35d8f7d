module.exports = async function (fastify) {
  fastify.get('/export', async (request, reply) => {
    try {
      return await fastify.exporter.run(request.query);
    } catch (err) {
      return reply.code(500).send({ error: err.toString() });
    }
  });
};
