import jwt, { VerifyOptions } from 'jsonwebtoken';

const VERIFY_OPTIONS: VerifyOptions = {
  algorithms: ['RS256'],
  audience: 'api',
  issuer: 'https://auth.example.com/',
};

export function verifyAccessToken(token: string, publicKey: string) {
  return jwt.verify(token, publicKey, VERIFY_OPTIONS);
}
