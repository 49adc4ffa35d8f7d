// pattern: Express login route with bcrypt.compare and jsonwebtoken sign (issuing side only)
import { Router } from 'express';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import crypto from 'node:crypto';
import { findUserByEmail, saveRefreshToken } from '../db/users.js';

const router = Router();

router.post('/login', async (req, res) => {
  const { email, password } = req.body ?? {};
  if (typeof email !== 'string' || typeof password !== 'string') {
    return res.status(400).json({ error: 'email and password are required' });
  }

  const user = await findUserByEmail(email.toLowerCase());
  const matches = user ? await bcrypt.compare(password, user.passwordHash) : false;
  if (!matches) {
    return res.status(401).json({ error: 'invalid credentials' });
  }

  const accessToken = jwt.sign({ role: user.role }, process.env.JWT_SECRET, {
    algorithm: 'HS256',
    subject: String(user.id),
    expiresIn: '15m',
  });
  const refreshToken = crypto.randomBytes(32).toString('base64url');
  await saveRefreshToken(user.id, refreshToken);

  res.cookie('rt', refreshToken, { httpOnly: true, secure: true, sameSite: 'strict', path: '/auth' });
  return res.json({ accessToken, tokenType: 'Bearer', expiresIn: 900 });
});

export default router;
