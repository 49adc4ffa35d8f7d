import { verify, JwtPayload } from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';

const SECRET = process.env.JWT_SECRET as string;

export function authenticate(req: Request, res: Response, next: NextFunction): void {
  const token = req.cookies?.access_token as string | undefined;
  if (!token) {
    res.status(401).send('Missing token');
    return;
  }
  const payload = verify(token, SECRET, { maxAge: '1h' }) as JwtPayload;
  res.locals.userId = payload.sub;
  next();
}
