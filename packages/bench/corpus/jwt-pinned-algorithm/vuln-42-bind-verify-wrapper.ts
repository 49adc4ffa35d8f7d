import jwt, { type JwtPayload } from 'jsonwebtoken';
import type { NextFunction, Request, Response } from 'express';

const verify = jwt.verify.bind(jwt);

export function requireUser(req: Request, res: Response, next: NextFunction) {
  try {
    const claims = verify(req.cookies.session, process.env.SESSION_SECRET as string) as JwtPayload;
    res.locals.userId = claims.sub;
    next();
  } catch {
    res.sendStatus(401);
  }
}
