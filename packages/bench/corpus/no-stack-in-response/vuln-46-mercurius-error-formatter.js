'use strict';

const mercurius = require('mercurius');
const { schema, resolvers } = require('./graphql');

module.exports = async function graphql(app) {
  app.register(mercurius, {
    schema,
    resolvers,
    errorFormatter(execution, context) {
      context.reply.log.error(execution.errors);
      return {
        statusCode: 500,
        response: { data: null, errors: execution.errors.map((e) => ({ message: e.message, detail: e.originalError })) },
      };
    },
  });
};
