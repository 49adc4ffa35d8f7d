import { ApolloServer } from '@apollo/server';
import { typeDefs, resolvers } from './schema';

export const server = new ApolloServer({
  typeDefs,
  resolvers,
  formatError: (formattedError, error) => ({
    ...formattedError,
    extensions: { ...formattedError.extensions, stacktrace: (error as Error).stack },
  }),
});
