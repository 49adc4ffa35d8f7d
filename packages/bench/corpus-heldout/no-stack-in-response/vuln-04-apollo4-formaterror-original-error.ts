// pattern: @apollo/server v4 formatError(formattedError, error) with unwrapResolverError, mounted via expressMiddleware; flaw at line 16
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@apollo/server/express4';
import cors from 'cors';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { schema } from './schema';

function formatError(formattedError: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const originalError = unwrapResolverError(error);
  return {
    ...formattedError,
    extensions: {
      ...formattedError.extensions,
      originalError,
    },
  };
}

export async function mountGraphQL(app: express.Express) {
  const apollo = new ApolloServer({ schema, formatError });
  await apollo.start();

  app.use('/graphql', cors(), express.json(), expressMiddleware(apollo, {
    context: async ({ req }) => ({ userId: req.headers['x-user-id'] }),
  }));
}
