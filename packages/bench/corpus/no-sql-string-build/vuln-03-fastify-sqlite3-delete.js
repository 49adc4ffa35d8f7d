const fastify = require('fastify')({ logger: true });
const sqlite3 = require('sqlite3').verbose();

const db = new sqlite3.Database('./todos.db');

fastify.delete('/todos/:id', (request, reply) => {
  db.run(`DELETE FROM todos WHERE id = ${request.params.id}`, function onDone(err) {
    if (err) {
      request.log.error(err);
      return reply.code(500).send({ error: 'delete failed' });
    }
    reply.send({ deleted: this.changes });
  });
});

fastify.listen({ port: 3000 });
