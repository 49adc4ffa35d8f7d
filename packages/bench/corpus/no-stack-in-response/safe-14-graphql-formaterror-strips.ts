import { ApolloServer } from '@apollo/server';
import { typeDefs, resolvers } from './schema';

export const server = new ApolloServer({
  typeDefs,
  resolvers,
  includeStacktraceInErrorResponses: false,
  formatError: (formattedError) => ({
    message: formattedError.message,
    extensions: { code: formattedError.extensions?.code },
  }),
});
