// pattern: apollo-server-express options with debug/playground tied to NODE_ENV (services/graphql/src/graphql/server.js shape)
import { ApolloServer } from 'apollo-server-express';
import schema from './schema.js';

const isProduction = process.env.NODE_ENV === 'production';

export default async function mountGraphQL({ app, path }) {
  const server = new ApolloServer({
    schema,
    introspection: !isProduction,
    debug: !isProduction,
    context: ({ req }) => ({ auth: req.auth }),
  });

  await server.start();
  server.applyMiddleware({ app, path });
  return server;
}
