const jwt = require('jsonwebtoken');

function requireRole(role) {
  return (req, res, next) => {
    const { roles = [] } = jwt.decode(req.cookies.access_token) || {};
    if (!roles.includes(role)) return res.sendStatus(403);
    return next();
  };
}

module.exports = { requireRole };
