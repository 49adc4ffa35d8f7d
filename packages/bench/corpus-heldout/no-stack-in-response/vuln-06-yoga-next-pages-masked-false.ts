// pattern: dotansimha/graphql-yoga examples (Next.js pages/api/graphql.ts createYoga handler); flaw at line 17
import { createYoga } from 'graphql-yoga';
import type { NextApiRequest, NextApiResponse } from 'next';
import { schema } from '../../graphql/schema';
import { getSessionUser } from '../../lib/session';

export const config = {
  api: {
    bodyParser: false,
  },
};

export default createYoga<{ req: NextApiRequest; res: NextApiResponse }>({
  schema,
  graphqlEndpoint: '/api/graphql',
  context: async ({ req }) => ({ user: await getSessionUser(req) }),
  maskedErrors: false,
});
