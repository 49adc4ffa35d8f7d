// pattern: yurekhaseenuvasan/pharmacy helpers/jwt.js (express-jwt with isRevoked and .unless); flaw: line 15
const expressJwt = require('express-jwt');

const api = process.env.API_URL || '/api/v1';

async function isRevoked(req, payload, done) {
  if (!payload.isAdmin && req.method !== 'GET') {
    return done(null, true);
  }
  return done();
}

function authJwt() {
  const secret = process.env.SECRET;
  return expressJwt({
    secret,
    isRevoked,
  }).unless({
    path: [
      { url: /\/api\/v1\/products(.*)/, methods: ['GET', 'OPTIONS'] },
      { url: /\/api\/v1\/categories(.*)/, methods: ['GET', 'OPTIONS'] },
      `${api}/users/login`,
      `${api}/users/register`,
    ],
  });
}

module.exports = authJwt;
