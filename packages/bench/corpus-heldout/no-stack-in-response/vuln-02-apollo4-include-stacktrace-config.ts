// pattern: @apollo/server v4 options object (includeStacktraceInErrorResponses) + startStandaloneServer; flaw at line 12
import { ApolloServer, ApolloServerOptions } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { typeDefs } from './schema/typeDefs.js';
import { resolvers } from './schema/resolvers.js';
import { createContext, AppContext } from './context.js';

const serverOptions: ApolloServerOptions<AppContext> = {
  typeDefs,
  resolvers,
  introspection: process.env.NODE_ENV !== 'production',
  includeStacktraceInErrorResponses: true,
};

const server = new ApolloServer<AppContext>(serverOptions);

const { url } = await startStandaloneServer(server, {
  context: createContext,
  listen: { port: Number(process.env.PORT ?? 4000) },
});

console.log(`Server ready at ${url}`);
