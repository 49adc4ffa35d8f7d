const jwt = require('jsonwebtoken');

module.exports = function attachUser(req, res, next) {
  const token = (req.headers.authorization || '').split(' ')[1];
  if (!token) return res.sendStatus(401);
  const claims = jwt.decode(token);
  if (!claims) return res.sendStatus(401);
  req.user = claims;
  next();
};
