// pattern: auth0 jwks-rsa README getKey callback with jsonwebtoken verify, wrapped in a Promise; flaw: line 25
import jwt, { JwtHeader, JwtPayload, SigningKeyCallback } from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
import type { NextFunction, Request, Response } from 'express';

const client = jwksClient({
  jwksUri: `https://${process.env.AUTH0_DOMAIN}/.well-known/jwks.json`,
  cache: true,
  rateLimit: true,
  jwksRequestsPerMinute: 10,
});

function getKey(header: JwtHeader, callback: SigningKeyCallback): void {
  client.getSigningKey(header.kid, (err, key) => {
    if (err) {
      callback(err);
      return;
    }
    callback(null, key?.getPublicKey());
  });
}

export function verifyAccessToken(token: string): Promise<JwtPayload> {
  return new Promise((resolve, reject) => {
    jwt.verify(token, getKey, { audience: process.env.AUTH0_AUDIENCE }, (err, decoded) => {
      if (err || !decoded || typeof decoded === 'string') {
        reject(err ?? new Error('unexpected token payload'));
        return;
      }
      resolve(decoded);
    });
  });
}

export async function checkJwt(req: Request, res: Response, next: NextFunction) {
  const [scheme, token] = (req.headers.authorization ?? '').split(' ');
  if (scheme !== 'Bearer' || !token) {
    return res.status(401).json({ error: 'missing_token' });
  }
  try {
    const claims = await verifyAccessToken(token);
    res.locals.userId = claims.sub;
    res.locals.permissions = (claims.permissions as string[] | undefined) ?? [];
    return next();
  } catch {
    return res.status(401).json({ error: 'invalid_token' });
  }
}
