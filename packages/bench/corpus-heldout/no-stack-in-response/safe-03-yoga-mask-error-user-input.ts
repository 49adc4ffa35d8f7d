// pattern: graphql-yoga maskedErrors.maskError hook delegating to the exported default maskError (yoga changeset example)
import { createServer } from 'node:http';
import { createYoga, maskError } from 'graphql-yoga';
import { schema } from './schema';

const PASS_THROUGH = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN']);

const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  maskedErrors: {
    maskError(error, message, isDev) {
      const code = (error as { extensions?: { code?: string } })?.extensions?.code;
      if (code && PASS_THROUGH.has(code)) {
        return error as Error;
      }
      return maskError(error, message, isDev);
    },
  },
});

createServer(yoga).listen(4000, () => {
  console.info('yoga listening on http://localhost:4000/graphql');
});
