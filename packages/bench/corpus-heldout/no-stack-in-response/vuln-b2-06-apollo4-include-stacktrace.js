// pattern: Apollo Server 4 constructor option includeStacktraceInErrorResponses (apollographql/apollo-server changeset "Refactor error formatting"); flaw at line 16
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import http from 'node:http';
import cors from 'cors';
import { typeDefs, resolvers } from './schema.js';

const app = express();
const httpServer = http.createServer(app);

const server = new ApolloServer({
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: true,
  plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
});

await server.start();

app.use(
  '/graphql',
  cors({ origin: ['https://studio.apollographql.com'] }),
  express.json(),
  expressMiddleware(server, {
    context: async ({ req }) => ({ token: req.headers.authorization }),
  }),
);

await new Promise((resolve) => httpServer.listen({ port: 4000 }, resolve));
console.log('Server ready at http://localhost:4000/graphql');
