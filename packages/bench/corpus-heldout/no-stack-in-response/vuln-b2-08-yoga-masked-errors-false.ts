// pattern: graphql-yoga createYoga with maskedErrors: false (graphql-yoga docs "Error masking", n1ru4l/envelop useMaskedErrors changeset); flaw at line 12
import { createServer } from "node:http";
import { createSchema, createYoga } from "graphql-yoga";
import { typeDefs } from "./schema/typeDefs";
import { resolvers } from "./schema/resolvers";
import { buildContext } from "./context";

const yoga = createYoga({
  schema: createSchema({ typeDefs, resolvers }),
  context: buildContext,
  graphqlEndpoint: "/graphql",
  maskedErrors: false,
  logging: "info",
});

const server = createServer(yoga);

server.listen(Number(process.env.PORT ?? 4000), () => {
  console.info(`Yoga listening on http://localhost:${process.env.PORT ?? 4000}/graphql`);
});
