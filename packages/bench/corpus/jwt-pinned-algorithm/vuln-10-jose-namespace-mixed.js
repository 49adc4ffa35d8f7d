const jose = require('jose');

async function verifyIdToken(token, key) {
  const { payload } = await jose.jwtVerify(token, key, {
    algorithms: ['ES256', 'HS256'],
  });
  return payload;
}

module.exports = { verifyIdToken };
