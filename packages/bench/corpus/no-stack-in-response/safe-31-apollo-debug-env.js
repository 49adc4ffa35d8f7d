const { ApolloServer } = require('apollo-server-express');
const { typeDefs, resolvers } = require('./schema');

const isProduction = process.env.NODE_ENV === 'production';

module.exports = function createServer() {
  return new ApolloServer({ typeDefs, resolvers, introspection: !isProduction, debug: !isProduction });
};
