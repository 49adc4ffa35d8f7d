// pattern: @apollo/server v4 formatError(formattedError, error) masking INTERNAL_SERVER_ERROR and dropping stacktrace
import { ApolloServer } from '@apollo/server';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { GraphQLFormattedError } from 'graphql';
import { logger } from './logger.js';
import { schema } from './schema.js';

function formatError(formattedError: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formattedError.extensions?.code;

  if (code === ApolloServerErrorCode.INTERNAL_SERVER_ERROR || code === undefined) {
    logger.error({ err: unwrapResolverError(error) }, 'unexpected graphql error');
    return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }

  const { stacktrace, ...extensions } = formattedError.extensions ?? {};
  return { message: formattedError.message, path: formattedError.path, extensions };
}

const server = new ApolloServer({
  schema,
  formatError,
  includeStacktraceInErrorResponses: false,
});

const { url } = await startStandaloneServer(server, { listen: { port: 4000 } });
logger.info(`graphql ready at ${url}`);
