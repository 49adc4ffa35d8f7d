// pattern: express-graphql customFormatErrorFn adding the stack only in development (graphql/http.js module)
const { graphqlHTTP } = require('express-graphql');
const schema = require('./schemas');
const resolvers = require('./resolvers');

const isDevelopment = process.env.NODE_ENV === 'development';

module.exports = graphqlHTTP({
  schema,
  rootValue: resolvers,
  graphiql: isDevelopment,
  customFormatErrorFn: (err) => {
    const formatted = {
      message: err.originalError && !err.originalError.isUserError ? 'Internal error' : err.message,
      locations: err.locations,
      path: err.path,
    };
    if (isDevelopment) {
      formatted.stack = err.stack ? err.stack.split('\n') : [];
    }
    return formatted;
  },
});
