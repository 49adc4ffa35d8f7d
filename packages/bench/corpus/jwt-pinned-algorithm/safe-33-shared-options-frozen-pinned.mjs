import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';

const PUBLIC_KEY = readFileSync('./keys/issuer.pub');
const VERIFY_OPTIONS = Object.freeze({ algorithms: ['ES256'], issuer: 'https://accounts.example.com', clockTolerance: 5 });

export function verifyHttp(token) {
  return jwt.verify(token, PUBLIC_KEY, VERIFY_OPTIONS);
}

export function verifySocket(socket, next) {
  jwt.verify(socket.handshake.auth.token, PUBLIC_KEY, VERIFY_OPTIONS, (err, claims) => {
    if (err) return next(err);
    socket.data.user = claims.sub;
    next();
  });
}
