// pattern: gi4c0/internship src/api/middlewares/userMiddleware.js (util.promisify(jwt.verify)); flaw: line 17
const { promisify } = require('util');
const jwt = require('jsonwebtoken');
const config = require('config');

const verifyAsync = promisify(jwt.verify);
const { secret, issuer } = config.get('auth');

exports.authenticate = async (req, res, next) => {
  const raw = req.get('Authorization');
  if (!raw) {
    return next({ httpCode: 401, message: 'Jwt must be provided' });
  }

  const token = raw.replace(/^Bearer\s+/i, '');
  try {
    const payload = await verifyAsync(token, secret, { issuer });
    req.auth = {
      userId: payload.uid,
      scopes: typeof payload.scope === 'string' ? payload.scope.split(' ') : [],
    };
    return next();
  } catch (err) {
    return next({ httpCode: 401, message: err.name === 'TokenExpiredError' ? 'Jwt expired' : 'Jwt invalid' });
  }
};

exports.requireScope = (scope) => (req, res, next) => {
  if (!req.auth || !req.auth.scopes.includes(scope)) {
    return next({ httpCode: 403, message: `Missing scope ${scope}` });
  }
  return next();
};
