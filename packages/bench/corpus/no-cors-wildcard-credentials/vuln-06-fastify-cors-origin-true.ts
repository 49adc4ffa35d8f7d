import Fastify from 'fastify';
import cors from '@fastify/cors';

const server = Fastify({ logger: true });

await server.register(cors, {
  origin: true,
  credentials: true,
});

server.get('/me', async () => ({ user: 'demo' }));

await server.listen({ port: 8080 });
