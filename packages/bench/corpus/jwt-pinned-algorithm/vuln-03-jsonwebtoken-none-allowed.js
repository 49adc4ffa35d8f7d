const jwt = require('jsonwebtoken');

// Accept unsigned tokens from the internal test harness as well.
const verifyOptions = {
  algorithms: ['HS256', 'none'],
  issuer: 'api.example.com',
};

module.exports.getUser = function getUser(token) {
  return jwt.verify(token, process.env.JWT_SECRET, verifyOptions);
};
