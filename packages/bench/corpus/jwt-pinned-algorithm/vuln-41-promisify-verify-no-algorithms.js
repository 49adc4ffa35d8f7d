const { promisify } = require('node:util');
const jwt = require('jsonwebtoken');

const verifyToken = promisify(jwt.verify);

module.exports = async function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  try {
    req.user = await verifyToken(token, process.env.JWT_SECRET, { audience: 'api' });
    next();
  } catch {
    res.status(401).json({ error: 'invalid token' });
  }
};
