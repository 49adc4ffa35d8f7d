import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';

const app = Fastify();

app.register(fastifyJwt, {
  secret: process.env.JWT_SECRET ?? '',
  sign: { algorithm: 'HS256' },
  verify: { algorithms: ['HS256'] },
});

export default app;
