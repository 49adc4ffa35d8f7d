// pattern: fastify-plugin wrapping @fastify/cors with origin: true (devalGabriel/eventure-v4 src/plugins/cors.js, mrlouf/dawn-treader setupCors.js); flaw at line 8
import fp from "fastify-plugin";
import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";

export default fp(async function corsPlugin(app: FastifyInstance) {
  await app.register(cors, {
    origin: true,
    credentials: true,
    methods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
    allowedHeaders: ["Content-Type", "Authorization", "X-Requested-With"],
    exposedHeaders: ["X-Total-Count"],
    maxAge: 600,
  });
});
