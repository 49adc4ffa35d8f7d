const express = require('express');
const jwt = require('jsonwebtoken');

const router = express.Router();

function requireAuth(req, res, next) {
  const header = req.headers.authorization || '';
  const token = header.replace('Bearer ', '');
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET);
    next();
  } catch (err) {
    res.status(401).json({ error: 'Invalid token' });
  }
}

router.get('/me', requireAuth, (req, res) => res.json(req.user));
module.exports = router;
