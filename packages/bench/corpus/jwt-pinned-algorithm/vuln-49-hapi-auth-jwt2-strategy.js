'use strict';

const Hapi = require('@hapi/hapi');
const hapiAuthJwt2 = require('hapi-auth-jwt2');
const { findAccount } = require('./accounts');

async function start() {
  const server = Hapi.server({ port: 8080 });
  await server.register(hapiAuthJwt2);
  server.auth.strategy('jwt', 'jwt', {
    key: process.env.JWT_SECRET,
    validate: async (decoded) => ({ isValid: Boolean(await findAccount(decoded.id)) }),
  });
  server.auth.default('jwt');
  await server.start();
}

start();
