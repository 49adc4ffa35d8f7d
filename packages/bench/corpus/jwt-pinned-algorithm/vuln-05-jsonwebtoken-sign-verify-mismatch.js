const jwt = require('jsonwebtoken');

const SECRET = process.env.TOKEN_SECRET;

function issueToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, SECRET, { algorithm: 'HS512', expiresIn: '15m' });
}

function readToken(token) {
  return jwt.verify(token, SECRET, { algorithms: ['HS256'] });
}

module.exports = { issueToken, readToken };
