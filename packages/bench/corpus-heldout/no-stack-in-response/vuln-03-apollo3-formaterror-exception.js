// pattern: apollo-server v3 formatError reading err.extensions.exception (src/graphql/formatError.js helper); flaw at line 14
const { ApolloServer } = require('apollo-server');
const schema = require('./schema');
const logger = require('./lib/logger');

function formatError(err) {
  logger.warn({ path: err.path, code: err.extensions && err.extensions.code }, err.message);

  const { code, exception } = err.extensions || {};
  return {
    message: err.message,
    path: err.path,
    code: code || 'INTERNAL_SERVER_ERROR',
    exception,
  };
}

const server = new ApolloServer({
  schema,
  formatError,
  context: ({ req }) => ({ user: req.user }),
});

server.listen({ port: process.env.PORT || 4000 }).then(({ url }) => {
  logger.info(`graphql listening on ${url}`);
});
