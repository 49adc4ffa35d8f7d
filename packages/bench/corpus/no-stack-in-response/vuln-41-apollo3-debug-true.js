const { ApolloServer } = require('apollo-server-express');
const { typeDefs, resolvers } = require('./schema');

module.exports = async function mountGraphQL(app) {
  const server = new ApolloServer({
    typeDefs,
    resolvers,
    introspection: true,
    debug: true,
  });
  await server.start();
  server.applyMiddleware({ app, path: '/graphql' });
};
