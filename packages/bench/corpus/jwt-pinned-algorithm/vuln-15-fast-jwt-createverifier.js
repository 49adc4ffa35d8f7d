const { createVerifier } = require('fast-jwt');

const verifyToken = createVerifier({ key: process.env.JWT_SECRET, cache: true });

module.exports = async function authHook(request, reply) {
  try {
    request.user = verifyToken(request.headers.authorization.slice(7));
  } catch {
    reply.code(401).send({ error: 'unauthorized' });
  }
};
