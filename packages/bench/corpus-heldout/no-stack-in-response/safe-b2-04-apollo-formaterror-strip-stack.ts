// pattern: Apollo Server 4 formatError removing stacktrace, stack traces only in development (Critteros/Hydra utils/graphql.ts, apollo docs "Error handling")
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import type { GraphQLFormattedError } from "graphql";
import { typeDefs, resolvers } from "./schema";

function formatError(formattedError: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace, ...extensions } = (formattedError.extensions ?? {}) as Record<string, unknown>;
  if (extensions.code === "INTERNAL_SERVER_ERROR") {
    return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
  }
  return { ...formattedError, extensions };
}

const server = new ApolloServer({
  typeDefs,
  resolvers,
  formatError,
  includeStacktraceInErrorResponses: process.env.NODE_ENV !== "production",
});

const { url } = await startStandaloneServer(server, { listen: { port: 4000 } });
console.log(`ready at ${url}`);
