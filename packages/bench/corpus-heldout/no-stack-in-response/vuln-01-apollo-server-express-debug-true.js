// pattern: apollo-server-express v2/v3 ApolloServer constructor options (debug, introspection, playground) + applyMiddleware; flaw at line 15
const express = require('express');
const { ApolloServer } = require('apollo-server-express');
const { typeDefs, resolvers } = require('./graphql');
const { buildContext } = require('./graphql/context');

async function start() {
  const app = express();

  const server = new ApolloServer({
    typeDefs,
    resolvers,
    context: buildContext,
    introspection: true,
    debug: true,
  });

  await server.start();
  server.applyMiddleware({ app, path: '/graphql' });

  const port = process.env.PORT || 4000;
  app.listen(port, () => {
    console.log(`GraphQL ready at http://localhost:${port}${server.graphqlPath}`);
  });
}

start();
