import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';

const client = jwksClient({ jwksUri: 'https://www.googleapis.com/oauth2/v3/certs' });

function getKey(header: jwt.JwtHeader, callback: jwt.SigningKeyCallback) {
  client.getSigningKey(header.kid, (err, key) => callback(err, key?.getPublicKey()));
}

export function issueSession(userId: string): string {
  return jwt.sign({ sub: userId }, process.env.SESSION_SECRET as string, { algorithm: 'HS256', expiresIn: '1h' });
}

export function verifySession(token: string) {
  return jwt.verify(token, process.env.SESSION_SECRET as string, { algorithms: ['HS256'] });
}

export function verifyGoogleIdToken(idToken: string): Promise<jwt.JwtPayload> {
  return new Promise((resolve, reject) => {
    jwt.verify(idToken, getKey, { algorithms: ['RS256'], audience: process.env.GOOGLE_CLIENT_ID }, (err, decoded) =>
      err ? reject(err) : resolve(decoded as jwt.JwtPayload),
    );
  });
}
