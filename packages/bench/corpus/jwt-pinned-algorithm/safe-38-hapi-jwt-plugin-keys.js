'use strict';

const Hapi = require('@hapi/hapi');
const Jwt = require('@hapi/jwt');

async function start() {
  const server = Hapi.server({ port: 8080 });
  await server.register(Jwt);
  server.auth.strategy('jwt', 'jwt', {
    keys: { key: process.env.JWT_SECRET, algorithms: ['HS256'] },
    verify: { aud: 'urn:audience:api', iss: 'urn:issuer:auth', sub: false, maxAgeSec: 3600 },
    validate: (artifacts) => ({ isValid: true, credentials: { user: artifacts.decoded.payload.user } }),
  });
  server.auth.default('jwt');
  await server.start();
}

start();
