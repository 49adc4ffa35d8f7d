const { graphqlHTTP } = require('express-graphql');
const schema = require('./schema');

module.exports = graphqlHTTP((req) => ({
  schema,
  context: { user: req.user },
  customFormatErrorFn: (error) => ({
    message: error.message,
    path: error.path,
    trace: error.originalError ? error.originalError.stack : error.stack,
  }),
}));
