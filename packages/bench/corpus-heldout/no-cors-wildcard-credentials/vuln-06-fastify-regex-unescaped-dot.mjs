// pattern: Luma-3/ft_transcendence backend/gateway/plugins/cors.mjs (@fastify/cors plugin file); flaw: line 5
import cors from '@fastify/cors';
import fp from 'fastify-plugin';

const TENANT_ORIGIN = /^https:\/\/[a-z0-9-]+.pongarena.com$/;

export default fp(async function corsPlugin(fastify) {
  await fastify.register(cors, {
    origin: [TENANT_ORIGIN, 'https://pongarena.com'],
    credentials: true,
    methods: ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'Authorization'],
  });
});
