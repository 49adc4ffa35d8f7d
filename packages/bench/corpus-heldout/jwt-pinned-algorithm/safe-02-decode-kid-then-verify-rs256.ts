// pattern: jwks-rsa getSigningKey(decoded.header.kid) then jsonwebtoken verify (Frazer Smith style helper)
import jwt, { JwtPayload } from 'jsonwebtoken';
import { JwksClient } from 'jwks-rsa';
import type { NextFunction, Request, Response } from 'express';

const jwks = new JwksClient({
  jwksUri: process.env.CLERK_JWKS_ENDPOINT as string,
  cache: true,
  rateLimit: true,
});

async function verifySessionToken(token: string): Promise<JwtPayload> {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || typeof decoded.header.kid !== 'string') {
    throw new Error('token has no key id');
  }

  const signingKey = await jwks.getSigningKey(decoded.header.kid);
  const claims = jwt.verify(token, signingKey.getPublicKey(), {
    algorithms: ['RS256'],
    issuer: process.env.CLERK_ISSUER,
  });
  if (typeof claims === 'string') {
    throw new Error('unexpected token payload');
  }
  return claims;
}

export async function withSession(req: Request, res: Response, next: NextFunction) {
  const token = req.cookies?.__session ?? req.get('authorization')?.replace(/^Bearer /, '');
  if (!token) {
    return res.status(401).json({ error: 'unauthenticated' });
  }
  try {
    const claims = await verifySessionToken(token);
    res.locals.userId = claims.sub;
    res.locals.orgId = claims.org_id ?? null;
    return next();
  } catch {
    return res.status(401).json({ error: 'unauthenticated' });
  }
}
