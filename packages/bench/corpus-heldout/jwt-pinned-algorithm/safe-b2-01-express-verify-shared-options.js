// pattern: Express auth middleware with jsonwebtoken verify and a module-level options object (auth0/node-jsonwebtoken README "algorithms")
const jwt = require('jsonwebtoken');
const { JWT_SECRET, JWT_ISSUER } = require('../config');

const VERIFY_OPTIONS = {
  algorithms: ['HS256'],
  issuer: JWT_ISSUER,
  clockTolerance: 5,
};

function requireUser(req, res, next) {
  const authHeader = req.headers.authorization || '';
  const [scheme, token] = authHeader.split(' ');
  if (scheme !== 'Bearer' || !token) {
    return res.status(401).json({ message: 'Missing bearer token' });
  }

  jwt.verify(token, JWT_SECRET, VERIFY_OPTIONS, (err, decoded) => {
    if (err) {
      return res.status(401).json({ message: 'Invalid or expired token' });
    }
    req.user = { id: decoded.sub, roles: decoded.roles || [] };
    return next();
  });
}

function requireRole(role) {
  return (req, res, next) =>
    req.user && req.user.roles.includes(role) ? next() : res.sendStatus(403);
}

module.exports = { requireUser, requireRole };
