import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';

const client = jwksClient({ jwksUri: 'https://auth.example.com/.well-known/jwks.json' });

export async function verifyIdToken(token: string) {
  const decoded = jwt.decode(token, { complete: true });
  const kid = decoded?.header.kid;
  const key = await client.getSigningKey(kid);
  return jwt.verify(token, key.getPublicKey(), { algorithms: ['RS256'] });
}
