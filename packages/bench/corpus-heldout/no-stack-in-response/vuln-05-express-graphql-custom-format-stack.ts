// pattern: express-graphql graphqlHTTP middleware module with customFormatErrorFn (src/api/v1/middlewares/graphql.ts shape); flaw at line 14
import { graphqlHTTP } from 'express-graphql';
import { GraphQLError } from 'graphql';
import schema from '../graphql/schema';
import rootResolver from '../graphql/resolvers';

const formatGraphQLError = (error: GraphQLError) => {
  const original = error.originalError as (Error & { code?: string }) | undefined;
  return {
    message: error.message,
    code: original?.code ?? 'INTERNAL',
    locations: error.locations,
    path: error.path,
    stack: original?.stack ? original.stack.split('\n') : [],
  };
};

export default graphqlHTTP((req) => ({
  schema,
  rootValue: rootResolver,
  graphiql: false,
  context: { req },
  customFormatErrorFn: formatGraphQLError,
}));
