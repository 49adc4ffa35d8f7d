// pattern: auth0/node-jsonwebtoken issue #308 (one verifier for IdP RS256 tokens and internal HS256 tokens); flaw: line 24
import jwt, { JwtPayload } from 'jsonwebtoken';
import { readFileSync } from 'fs';
import type { NextFunction, Request, Response } from 'express';

const idpPublicKey = readFileSync(process.env.IDP_PUBLIC_KEY_FILE as string, 'utf8');

export interface Principal {
  id: string;
  kind: 'user' | 'service';
  scopes: string[];
}

declare global {
  namespace Express {
    interface Request {
      principal?: Principal;
    }
  }
}

export function verifyPrincipal(token: string): Principal {
  const claims = jwt.verify(token, idpPublicKey, {
    algorithms: ['RS256', 'HS256'],
    issuer: process.env.IDP_ISSUER,
  }) as JwtPayload;

  return {
    id: String(claims.sub),
    kind: claims.client_id ? 'service' : 'user',
    scopes: String(claims.scope ?? '').split(' ').filter(Boolean),
  };
}

export function authenticate(req: Request, res: Response, next: NextFunction) {
  const header = req.get('authorization');
  if (!header?.startsWith('Bearer ')) {
    res.status(401).json({ message: 'Missing bearer token' });
    return;
  }
  try {
    req.principal = verifyPrincipal(header.slice('Bearer '.length));
    next();
  } catch {
    res.status(401).json({ message: 'Token rejected' });
  }
}
