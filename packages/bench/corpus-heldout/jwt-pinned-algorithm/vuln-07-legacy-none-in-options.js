// pattern: github/codeql javascript CWE-347 examples (jsonwebtoken algorithms list with "none"); flaw: line 10
import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { findSessionByJti, touchSession } from '../db/sessions.js';

const router = Router();

// legacy mobile builds (<= 2.4) still send tokens minted by the old auth service
const tokenOptions = {
  algorithms: ['HS256', 'none'],
  audience: 'mobile',
};

router.use(async (req, res, next) => {
  const token = req.get('x-session-token');
  if (!token) return res.status(401).json({ error: 'no session' });

  try {
    const claims = jwt.verify(token, process.env.MOBILE_JWT_SECRET, tokenOptions);
    const session = await findSessionByJti(claims.jti);
    if (!session || session.revokedAt) return res.status(401).json({ error: 'session revoked' });
    await touchSession(session.id);
    req.session = session;
    req.userId = claims.sub;
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'session invalid' });
  }
});

router.get('/me', (req, res) => {
  res.json({ userId: req.userId, device: req.session.deviceName });
});

export default router;
