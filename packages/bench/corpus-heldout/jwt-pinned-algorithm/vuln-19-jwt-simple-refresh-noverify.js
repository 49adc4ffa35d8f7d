// pattern: jwt-simple README decode(token, key, noVerify) used in a token refresh route; flaw: line 17
const express = require('express');
const jwt = require('jwt-simple');
const { Users, RefreshTokens } = require('../models');

const router = express.Router();
const SECRET = process.env.TOKEN_SECRET;
const ACCESS_TTL_SECONDS = 15 * 60;

router.post('/auth/refresh', async (req, res) => {
  const expired = (req.get('authorization') || '').replace('Bearer ', '');
  const { refreshToken } = req.body;
  if (!expired || !refreshToken) {
    return res.status(400).json({ error: 'missing tokens' });
  }

  const claims = jwt.decode(expired, SECRET, true);
  const stored = await RefreshTokens.findOne({ where: { token: refreshToken } });
  if (!stored || stored.revoked) {
    return res.status(401).json({ error: 'refresh token not recognised' });
  }

  const user = await Users.findByPk(claims.userId);
  if (!user) return res.status(401).json({ error: 'unknown user' });

  const now = Math.floor(Date.now() / 1000);
  const accessToken = jwt.encode({ userId: user.id, role: user.role, iat: now, exp: now + ACCESS_TTL_SECONDS }, SECRET);
  return res.json({ accessToken, expiresIn: ACCESS_TTL_SECONDS });
});

module.exports = router;
