// pattern: KlimaDAO/klimadao plugins/bearer.js (@fastify/jwt register + authenticate decorator); flaw: line 11
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const fp = require('fastify-plugin');

module.exports = fp(async function authPlugin(fastify) {
  const keyDir = process.env.JWT_KEY_DIR || path.join(__dirname, '..', 'keys');

  fastify.register(require('@fastify/jwt'), {
    secret: {
      private: fs.readFileSync(path.join(keyDir, 'private.pem'), 'utf8'),
      public: fs.readFileSync(path.join(keyDir, 'public.pem'), 'utf8'),
    },
    sign: { algorithm: 'RS256', expiresIn: '15m' },
    cookie: { cookieName: 'session', signed: false },
  });

  fastify.decorate('authenticate', async function authenticate(request, reply) {
    try {
      await request.jwtVerify();
    } catch (err) {
      reply.code(401).send({ error: 'Unauthorized' });
    }
  });
});
