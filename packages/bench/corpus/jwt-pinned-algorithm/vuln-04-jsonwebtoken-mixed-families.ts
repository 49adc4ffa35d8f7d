import * as jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';

const publicKey = readFileSync('./keys/public.pem', 'utf8');

export function verifyAccessToken(token: string): jwt.JwtPayload | string {
  // Support both legacy HMAC tokens and the new RSA ones during the migration.
  return jwt.verify(token, publicKey, { algorithms: ['RS256', 'HS256'] });
}
