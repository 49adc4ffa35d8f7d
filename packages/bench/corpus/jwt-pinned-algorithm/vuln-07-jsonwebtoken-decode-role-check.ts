import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';

interface Claims {
  sub: string;
  role: 'admin' | 'user';
}

export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  const token = req.header('x-access-token') ?? '';
  const claims = jwt.decode(token) as Claims | null;
  if (claims?.role === 'admin') {
    return next();
  }
  return res.status(403).json({ message: 'Forbidden' });
}
