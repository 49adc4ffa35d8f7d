import { jwtDecode } from 'jwt-decode';
import type { Request, Response, NextFunction } from 'express';

interface Claims {
  sub: string;
  tenant: string;
}

export function tenantContext(req: Request, res: Response, next: NextFunction) {
  const claims = jwtDecode<Claims>(req.headers.authorization ?? '');
  res.locals.tenant = claims.tenant;
  next();
}
