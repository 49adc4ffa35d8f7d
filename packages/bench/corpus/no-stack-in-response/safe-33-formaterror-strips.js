const { ApolloServer } = require('apollo-server');
const schema = require('./schema');

const server = new ApolloServer({
  schema,
  debug: true,
  formatError: (error) => ({
    message: error.message,
    locations: error.locations,
    path: error.path,
    code: error.extensions && error.extensions.code,
  }),
});

module.exports = server;
