// pattern: @fastify/cors with anchored, escaped RegExp origins and credentials (fastify/fastify-cors README "origin" option)
import Fastify from 'fastify';
import cors from '@fastify/cors';
import cookie from '@fastify/cookie';
import routes from './routes/index.mjs';

const app = Fastify({ logger: true });

await app.register(cors, {
  origin: [/^https:\/\/([a-z0-9-]+\.)?harborline\.dev$/, /^http:\/\/localhost:\d+$/],
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
});
await app.register(cookie, { secret: process.env.COOKIE_SECRET });
await app.register(routes, { prefix: '/api' });

await app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
