import { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { schema } from './schema';

function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return { ...formatted, extensions: { ...formatted.extensions, cause: (error as { originalError?: unknown }).originalError } };
}

export const server = new ApolloServer({ schema, formatError });
