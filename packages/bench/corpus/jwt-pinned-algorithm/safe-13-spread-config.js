const jwt = require('jsonwebtoken');

const baseOptions = { algorithms: ['ES256'], clockTolerance: 5 };

module.exports.verify = function verifyToken(token, key) {
  return jwt.verify(token, key, { ...baseOptions, audience: 'mobile' });
};
