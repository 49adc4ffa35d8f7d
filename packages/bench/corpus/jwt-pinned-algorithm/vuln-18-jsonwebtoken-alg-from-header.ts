import jwt from 'jsonwebtoken';

export function verifyWithHeaderAlg(token: string, key: string) {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded) throw new Error('bad token');
  return jwt.verify(token, key, { algorithms: [decoded.header.alg as jwt.Algorithm] });
}
