// pattern: kttkkkng/wassap middleware.js (Express bearer middleware with jsonwebtoken); flaw: line 22
const jwt = require('jsonwebtoken');
const User = require('../models/user');

const JWT_SECRET = process.env.JWT_SECRET;

function extractToken(req) {
  const header = req.headers.authorization || '';
  if (header.startsWith('Bearer ')) return header.slice(7);
  if (req.cookies && req.cookies.access_token) return req.cookies.access_token;
  return null;
}

module.exports = async function requireAuth(req, res, next) {
  const token = extractToken(req);
  if (!token) {
    return res.status(401).json({ message: 'Authentication required' });
  }

  let claims;
  try {
    claims = jwt.verify(token, JWT_SECRET);
  } catch (err) {
    return res.status(401).json({ message: 'Invalid or expired session' });
  }

  const user = await User.findById(claims.sub).lean();
  if (!user || user.disabled) {
    return res.status(401).json({ message: 'Account not available' });
  }

  req.user = { id: String(user._id), role: user.role, email: user.email };
  return next();
};
