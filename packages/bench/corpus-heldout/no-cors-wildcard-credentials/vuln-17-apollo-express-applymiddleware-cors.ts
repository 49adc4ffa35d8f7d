// pattern: apollo-server-express v3 applyMiddleware({ app, cors }) with cookie sessions; flaw: line 32
import express from 'express';
import session from 'express-session';
import { ApolloServer } from 'apollo-server-express';
import { typeDefs } from './schema';
import { resolvers } from './resolvers';
import type { GraphQLContext } from './context';

export async function startServer() {
  const app = express();
  app.set('trust proxy', 1);
  app.use(
    session({
      name: 'qid',
      secret: process.env.SESSION_SECRET as string,
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, secure: true, sameSite: 'none', maxAge: 1000 * 60 * 60 * 24 * 7 },
    }),
  );

  const server = new ApolloServer({
    typeDefs,
    resolvers,
    context: ({ req, res }): GraphQLContext => ({ req, res, userId: req.session.userId }),
  });
  await server.start();

  server.applyMiddleware({
    app,
    path: '/graphql',
    cors: { origin: true, credentials: true },
  });

  app.listen(4000);
  return server;
}
