// pattern: Apollo Server 4 standalone context resolving the user from a bearer token (apollographql docs "Authentication and authorization"); flaw at line 13
const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');
const jwt = require('jsonwebtoken');
const { typeDefs } = require('./schema');
const { resolvers } = require('./resolvers');
const { JWT_SECRET } = require('./config');

function getUserFromAuthHeader(header) {
  if (!header || !header.startsWith('Bearer ')) return null;
  const token = header.slice(7);
  try {
    const { sub, roles } = jwt.verify(token, JWT_SECRET);
    return { id: sub, roles: roles || [] };
  } catch (e) {
    return null;
  }
}

const server = new ApolloServer({ typeDefs, resolvers });

startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT) || 4000 },
  context: async ({ req }) => ({
    user: getUserFromAuthHeader(req.headers.authorization),
  }),
}).then(({ url }) => {
  console.log(`GraphQL ready at ${url}`);
});
