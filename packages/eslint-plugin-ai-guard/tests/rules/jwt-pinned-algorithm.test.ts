import rule from '../../src/rules/jwt-pinned-algorithm';
import { createRuleTester } from '../rule-tester';

createRuleTester().run('jwt-pinned-algorithm', rule, {
  valid: [
    `const jwt = require('jsonwebtoken');
const headerOf = (token) => {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded) throw new Error('not a JWT');
  return decoded.header;
};`,
    `import jwt from 'jsonwebtoken';
export function expiresAt(token) {
  const decoded = jwt.decode(token);
  if (decoded && decoded.exp) return decoded.exp;
  return null;
}`,
    `import jwt from 'jsonwebtoken';
export function isOurToken(value) {
  return jwt.decode(value)?.iss === 'our-issuer';
}`,
    `import argon2 from 'argon2';
await argon2.verify(hash, password);`,
    `import crypto from 'node:crypto';
crypto.verify('sha256', data, publicKey, signature);`,
    `import bcrypt from 'bcrypt';
await bcrypt.compare(password, hash);`,
    `const text = new TextDecoder().decode(buffer);`,
    `import jwt from 'jsonwebtoken';
const ALGORITHMS = ['HS256'];
jwt.verify(token, secret, { algorithms: ALGORITHMS });`,
    `import { verify } from './tokens';
verify(token, secret);`,
    `function verify(token) { return token.length > 0; }
verify(token);`,
    `import jwt from 'jsonwebtoken';
function check(jwt) { return jwt.verify(token, key); }`,
    `import jwt from 'jsonwebtoken';
export function keyFor(token) {
  const { header } = jwt.decode(token, { complete: true });
  return keys[header.kid];
}`,
    `import jwt from 'jsonwebtoken';
const base = { algorithms: ['RS256'] };
jwt.verify(token, publicKey, { ...base, audience: 'api' });`,
    `import jwt from 'jsonwebtoken';
import { verifyOptions } from './config';
jwt.verify(token, secret, verifyOptions);`,
    `import jwt from 'jsonwebtoken';
export function user(token) {
  const claims = jwt.decode(token);
  jwt.verify(token, secret, { algorithms: ['HS256'] });
  return claims;
}`,
    `import jwt from 'jsonwebtoken';
logger.debug('token claims', jwt.decode(token));`,
    `import jwt from 'jsonwebtoken';
jwt.verify(token, secret, { algorithms: ['HS256'], ignoreExpiration: true });`,
    `import jwt from 'jsonwebtoken';
const token = jwt.sign(claims, secret, { algorithm: 'HS512' });
jwt.verify(token, secret, { algorithms: ['HS512'] });`,
    `const jwt = require('jwt-simple');
const claims = jwt.decode(token, secret, false, 'HS256');`,
    `import { verify } from 'hono/jwt';
const payload = await verify(token, secret, 'HS256');`,
    `import { JwtService } from '@nestjs/jwt';
export class AuthGuard {
  constructor(private jwtService: JwtService) {}
  async check(token: string) {
    return this.jwtService.verifyAsync(token, { secret: process.env.JWT_SECRET });
  }
}`,
    `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));`,
    `import { decodeProtectedHeader, jwtVerify } from 'jose';
const { kid } = decodeProtectedHeader(token);
await jwtVerify(token, keys[kid], { algorithms: ['ES256'] });`,
    {
      code: `const jwt = require('jsonwebtoken');
module.exports = (token) => jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });`,
      filename: 'file.js',
    },
  ],
  invalid: [
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, secret);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import jwt from 'jsonwebtoken';
jwt.verify(token, secret, { algorithms: ["HS256"] });`,
            },
          ],
        },
      ],
    },
    {
      code: `const jwt = require('jsonwebtoken');
jwt.verify(token, secret, (err, payload) => done(err, payload));`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `const jwt = require('jsonwebtoken');
jwt.verify(token, secret, { algorithms: ["HS256"] }, (err, payload) => done(err, payload));`,
            },
          ],
        },
      ],
    },
    {
      code: `const jwt = require('jsonwebtoken');
module.exports = (token) => jwt.verify(token, process.env.JWT_SECRET);`,
      filename: 'file.js',
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `const jwt = require('jsonwebtoken');
module.exports = (token) => jwt.verify(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });`,
            },
          ],
        },
      ],
    },
    {
      code: `const { verify } = require('jsonwebtoken');
verify(token, publicKey, { issuer: 'auth' });`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `const { verify } = require('jsonwebtoken');
verify(token, publicKey, { algorithms: ["RS256"], issuer: 'auth' });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { verify as check } from 'jsonwebtoken';
check(token, secret, { algorithms: [] });`,
      errors: [
        {
          messageId: 'emptyAlgorithms',
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 38,
        },
      ],
    },
    {
      code: `import * as jwt from 'jsonwebtoken';
jwt.verify(token, secret, { algorithms: ['HS256', 'None'] });`,
      errors: [
        {
          messageId: 'noneAlgorithm',
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 57,
        },
      ],
    },
    {
      code: `require('jsonwebtoken').verify(token, key, { algorithms: ['HS256', 'RS256'] });`,
      errors: [
        {
          messageId: 'mixedAlgorithmFamilies',
          line: 1,
          column: 58,
          endLine: 1,
          endColumn: 76,
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const VERIFY_OPTIONS = { algorithms: ['RS256', 'HS256'] };
jwt.verify(token, key, VERIFY_OPTIONS);`,
      errors: [
        {
          messageId: 'mixedAlgorithmFamilies',
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 56,
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const base = { algorithms: ['none'] };
jwt.verify(token, key, { ...base, issuer: 'auth' });`,
      errors: [
        {
          messageId: 'noneAlgorithm',
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 35,
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, secret, { algorithm: 'HS512' });
export const check = (token) => jwt.verify(token, secret, { algorithms: ['HS256'] });`,
      errors: [
        {
          messageId: 'signVerifyMismatch',
          line: 3,
          column: 73,
          endLine: 3,
          endColumn: 82,
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { algorithms: [jwt.decode(token, { complete: true }).header.alg] });`,
      errors: [
        {
          messageId: 'algorithmsFromToken',
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 88,
        },
      ],
    },
    {
      code: `import { decodeProtectedHeader, jwtVerify } from 'jose';
const header = decodeProtectedHeader(token);
await jwtVerify(token, key, { algorithms: [header.alg] });`,
      errors: [
        {
          messageId: 'algorithmsFromToken',
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 55,
        },
      ],
    },
    {
      code: `import * as jose from 'jose';
const { payload } = await jose.jwtVerify(token, secret);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import * as jose from 'jose';
const { payload } = await jose.jwtVerify(token, secret, { algorithms: ["HS256"] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { compactVerify } from 'jose';
await compactVerify(jws, key, { algorithms: ['ES256', 'HS256'] });`,
      errors: [
        {
          messageId: 'mixedAlgorithmFamilies',
          line: 2,
          column: 45,
          endLine: 2,
          endColumn: 63,
        },
      ],
    },
    {
      code: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET }));`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ algorithms: ["HS256"], secret: process.env.JWT_SECRET }));`,
            },
          ],
        },
      ],
    },
    {
      code: `const jwt = require('express-jwt');
app.use(jwt({ secret, algorithms: ['none'] }));`,
      errors: [
        {
          messageId: 'noneAlgorithm',
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 42,
        },
      ],
    },
    {
      code: `import koaJwt from 'koa-jwt';
app.use(koaJwt({ secret: process.env.SECRET }));`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import koaJwt from 'koa-jwt';
app.use(koaJwt({ algorithms: ["HS256"], secret: process.env.SECRET }));`,
            },
          ],
        },
      ],
    },
    {
      code: `const JwtStrategy = require('passport-jwt').Strategy;
passport.use(new JwtStrategy({ jwtFromRequest, secretOrKey: publicKey }, onVerify));`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `const JwtStrategy = require('passport-jwt').Strategy;
passport.use(new JwtStrategy({ algorithms: ["HS256"], jwtFromRequest, secretOrKey: publicKey }, onVerify));`,
            },
          ],
        },
      ],
    },
    {
      code: `import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET });
  }
}`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 108,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ algorithms: ["HS256"], jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { JwtModule } from '@nestjs/jwt';
export const auth = JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' } });`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 108,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import { JwtModule } from '@nestjs/jwt';
export const auth = JwtModule.register({ verifyOptions: { algorithms: ["HS256"] }, secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' } });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { JwtModule } from '@nestjs/jwt';
JwtModule.registerAsync({ useFactory: (config: ConfigService) => ({ secret: config.get('JWT_SECRET'), verifyOptions: { algorithms: ['HS256', 'RS256'] } }) });`,
      errors: [
        {
          messageId: 'mixedAlgorithmFamilies',
          line: 2,
          column: 132,
          endLine: 2,
          endColumn: 150,
        },
      ],
    },
    {
      code: `import { JwtService } from '@nestjs/jwt';
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}
  check(token: string) {
    return this.jwtService.verify(token, { algorithms: ['none'] });
  }
}`,
      errors: [
        {
          messageId: 'noneAlgorithm',
          line: 5,
          column: 57,
          endLine: 5,
          endColumn: 63,
        },
      ],
    },
    {
      code: `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key: async () => secret });`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ algorithms: ["HS256"], key: async () => secret });`,
            },
          ],
        },
      ],
    },
    {
      code: `import fastifyJwt from '@fastify/jwt';
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET });`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import fastifyJwt from '@fastify/jwt';
fastify.register(fastifyJwt, { verify: { algorithms: ["HS256"] }, secret: process.env.JWT_SECRET });`,
            },
          ],
        },
      ],
    },
    {
      code: `const fastifyJwt = require('@fastify/jwt');
app.register(fastifyJwt, { secret, verify: { algorithms: ['HS256', 'RS256'] } });`,
      errors: [
        {
          messageId: 'mixedAlgorithmFamilies',
          line: 2,
          column: 58,
          endLine: 2,
          endColumn: 76,
        },
      ],
    },
    {
      code: `const jwt = require('jwt-simple');
const claims = jwt.decode(token, secret, true);`,
      errors: [
        {
          messageId: 'verificationDisabled',
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 46,
        },
      ],
    },
    {
      code: `import jwtSimple from 'jwt-simple';
const claims = jwtSimple.decode(token, publicKey);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import jwtSimple from 'jwt-simple';
const claims = jwtSimple.decode(token, publicKey, false, "RS256");`,
            },
          ],
        },
      ],
    },
    {
      code: `import { verify } from 'hono/jwt';
const payload = await verify(token, c.env.JWT_SECRET);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import { verify } from 'hono/jwt';
const payload = await verify(token, c.env.JWT_SECRET, "HS256");`,
            },
          ],
        },
      ],
    },
    {
      code: `import { jwt } from 'hono/jwt';
app.use('/api/*', jwt({ secret: 'it-is-very-secret' }));`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import { jwt } from 'hono/jwt';
app.use('/api/*', jwt({ alg: "HS256", secret: 'it-is-very-secret' }));`,
            },
          ],
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export function currentUser(req) {
  const claims = jwt.decode(req.headers.authorization);
  return claims;
}`,
      errors: [
        {
          messageId: 'unverifiedDecode',
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 55,
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
function requireAdmin(req, res, next) {
  const claims = jwt.decode(req.cookies.token);
  if (claims.role === 'admin') return next();
  res.sendStatus(403);
}`,
      errors: [
        {
          messageId: 'unverifiedDecode',
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 47,
        },
      ],
    },
    {
      code: `const { decode } = require('jsonwebtoken');
function authenticate(req, res, next) {
  req.user = decode(req.cookies.session);
  next();
}`,
      errors: [
        {
          messageId: 'unverifiedDecode',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 41,
        },
      ],
    },
    {
      code: `import { decodeJwt } from 'jose';
export const userIdFrom = (token: string) => decodeJwt(token).sub;`,
      errors: [
        {
          messageId: 'unverifiedDecode',
          line: 2,
          column: 46,
          endLine: 2,
          endColumn: 62,
        },
      ],
    },
    {
      code: `import { UnsecuredJWT } from 'jose';
export function roles(token) {
  const { payload } = UnsecuredJWT.decode(token);
  return payload.roles;
}`,
      errors: [
        {
          messageId: 'unverifiedDecode',
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 49,
        },
      ],
    },
    {
      code: `import { decode } from 'hono/jwt';
app.use(async (c, next) => {
  const { payload } = decode(c.req.header('x-token'));
  if (payload.admin) await next();
});`,
      errors: [
        {
          messageId: 'unverifiedDecode',
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 54,
        },
      ],
    },
    {
      code: `import { createDecoder } from 'fast-jwt';
const decodeToken = createDecoder();
export function user(token) {
  return decodeToken(token);
}`,
      errors: [
        {
          messageId: 'unverifiedDecode',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 28,
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, secret, { algorithms: ['HS256'], ignoreExpiration: true });`,
      options: [{ reportIgnoreExpiration: true }],
      errors: [
        {
          messageId: 'ignoreExpiration',
          line: 2,
          column: 52,
          endLine: 2,
          endColumn: 74,
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, secret, loadVerifyOptions());`,
      options: [{ reportUnresolved: true }],
      errors: [
        {
          messageId: 'unresolvedOptions',
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 46,
        },
      ],
    },
    {
      code: `const { decode } = require('jsonwebtoken');
module.exports = function isAdmin(token) {
  return decode(token).roles.includes('admin');
};`,
      filename: 'file.js',
      errors: [
        {
          messageId: 'unverifiedDecode',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 23,
        },
      ],
    },
  ],
});
