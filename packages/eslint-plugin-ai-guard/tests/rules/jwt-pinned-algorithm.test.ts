import rule from '../../src/rules/jwt-pinned-algorithm';
import { createRuleTester } from '../rule-tester';

createRuleTester().run('jwt-pinned-algorithm', rule, {
  valid: [
    // A component decodes the token to show who is signed in; the server it calls verifies it.
    {
      code: `import jwt from 'jsonwebtoken';
export default function Account({ token }: { token: string }) {
  const claims = jwt.decode(token) as { name: string; role: string };
  return <p>{claims.role === 'admin' ? 'Administrator' : claims.name}</p>;
}`,
      filename: 'file.tsx',
    },
    // jsonwebtoken `verify`: every import style; options inline, from consts and spreads
    `import jwt from 'jsonwebtoken';
const ALGORITHMS = ['HS256'];
jwt.verify(token, secret, { algorithms: ALGORITHMS });`,
    `import jwt from 'jsonwebtoken';
const base = { algorithms: ['RS256'] };
jwt.verify(token, publicKey, { ...base, audience: 'api' });`,
    `import jwt from 'jsonwebtoken';
import { verifyOptions } from './config';
jwt.verify(token, secret, verifyOptions);`,
    `import jwt from 'jsonwebtoken';
jwt.verify(token, secret, { algorithms: ['HS256'], ignoreExpiration: true });`,
    {
      code: `const jwt = require('jsonwebtoken');
module.exports = (token) => jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });`,
      filename: 'file.js',
    },
    `import jwt from 'jsonwebtoken';
function check(jwt) { return jwt.verify(token, key); }`,
    `import { verify } from './tokens';
verify(token, secret);`,
    `function verify(token) { return token.length > 0; }
verify(token);`,
    `import argon2 from 'argon2';
await argon2.verify(hash, password);`,
    `import crypto from 'node:crypto';
crypto.verify('sha256', data, publicKey, signature);`,
    `import bcrypt from 'bcrypt';
await bcrypt.compare(password, hash);`,
    `const text = new TextDecoder().decode(buffer);`,
    // TypeScript `import jwt = require(...)`
    {
      code: `import jwt = require('jsonwebtoken');
export const check = (token: string): unknown => jwt.verify(token, secret, { algorithms: ['HS256'] });`,
      filename: 'file.ts',
    },
    // options held in a module-level object shared by several calls: one finding, on the shared object
    `import jwt from 'jsonwebtoken';
const VERIFY_OPTIONS = Object.freeze({ algorithms: ['RS256'], issuer: 'auth' });
export const a = (token) => jwt.verify(token, publicKey, VERIFY_OPTIONS);
export const b = (token, cb) => jwt.verify(token, publicKey, VERIFY_OPTIONS, cb);`,
    `const JwtStrategy = require('passport-jwt').Strategy;
const opts = {};
opts.secretOrKey = process.env.JWT_SECRET;
opts.algorithms = ['HS256'];
passport.use(new JwtStrategy(opts, onVerify));`,
    `import jwt from 'jsonwebtoken';
import { extraOptions } from './config';
const opts = { issuer: 'auth' };
Object.assign(opts, extraOptions);
jwt.verify(token, secret, opts);`,
    // wrappers of a verifier: util.promisify (every import style), .bind, a local promise wrapper whose callers pass the options
    `const { promisify } = require('util');
const jwt = require('jsonwebtoken');
const verifyAsync = promisify(jwt.verify);
exports.check = (token) => verifyAsync(token, secret, { algorithms: ['HS256'], issuer: 'auth' });`,
    `const util = require('node:util');
const jwt = require('jsonwebtoken');
module.exports.verifyJwt = util.promisify(jwt.verify);`,
    `import { promisify } from 'util';
import fs from 'fs';
import jwt from 'jsonwebtoken';
const readFile = promisify(fs.readFile);
export const load = () => readFile('token.txt');`,
    `import jwt from 'jsonwebtoken';
const verify = jwt.verify.bind(jwt);
export const check = (token) => verify(token, secret, { algorithms: ['HS256'] });`,
    `import jwt from 'jsonwebtoken';
const verifyAsync = (token, options) =>
  new Promise((resolve, reject) => jwt.verify(token, secret, options, (err, decoded) => (err ? reject(err) : resolve(decoded))));
export const check = (token) => verifyAsync(token, { algorithms: ['HS256'] });`,
    // sign and verify: compared only within one key or one algorithm family
    `import jwt from 'jsonwebtoken';
const token = jwt.sign(claims, secret, { algorithm: 'HS512' });
jwt.verify(token, secret, { algorithms: ['HS512'] });`,
    // the app signs its own sessions with HS256 and verifies an identity provider's RS256 tokens
    `import jwt from 'jsonwebtoken';
export const issueSession = (user) => jwt.sign({ sub: user.id }, process.env.SESSION_SECRET, { algorithm: 'HS256' });
export const verifyIdToken = (idToken) => jwt.verify(idToken, googlePublicKey, { algorithms: ['RS256'], audience: clientId });`,
    `import { SignJWT, createRemoteJWKSet, jwtVerify } from 'jose';
const secret = new TextEncoder().encode(process.env.SESSION_SECRET);
const jwks = createRemoteJWKSet(new URL('https://login.example.com/.well-known/jwks.json'));
export const issue = (sub) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS512' }).sign(secret);
export const verifyPartner = (token) => jwtVerify(token, jwks, { algorithms: ['ES256'] });
export const verifySession = (token) => jwtVerify(token, secret, { algorithms: ['HS512'] });`,
    // the suggested allowlist follows the visible key: never an HMAC algorithm next to a public key
    // allowlists read from the token itself
    `import { decodeProtectedHeader, jwtVerify } from 'jose';
const { kid } = decodeProtectedHeader(token);
await jwtVerify(token, keys[kid], { algorithms: ['ES256'] });`,
    // a guard on the token's own header that pins the algorithm before it is verified
    `import * as jose from 'jose';
export async function verifyStatic(token, key) {
  try {
    const { alg } = jose.decodeProtectedHeader(token);
    if (alg !== 'HS256') return undefined;
  } catch {
    return undefined;
  }
  return jose.jwtVerify(token, key);
}`,
    `import jwt from 'jsonwebtoken';
export function check(token, key) {
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || decoded.header.alg !== 'RS256') throw new Error('bad');
  return jwt.verify(token, key);
}`,
    `import jwt from 'jsonwebtoken';
export function check(token, key) {
  const { header } = jwt.decode(token, { complete: true });
  if (['RS256', 'RS512'].includes(header.alg)) return jwt.verify(token, key);
  return null;
}`,
    // jose
    // express-jwt, koa-jwt, socketio-jwt, passport-jwt
    `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET, algorithms: ['HS256'] }));`,
    `const socketioJwt = require('socketio-jwt');
io.use(socketioJwt.authorize({ secret: process.env.JWT_SECRET, algorithms: ['HS256'], handshake: true }));`,
    // @nestjs/jwt: the module options, and an injected JwtService
    `import { JwtService } from '@nestjs/jwt';
export class AuthGuard {
  constructor(private jwtService: JwtService) {}
  async check(token: string) {
    return this.jwtService.verifyAsync(token, { secret: process.env.JWT_SECRET });
  }
}`,
    {
      code: `import { JwtModule } from '@nestjs/jwt';
import { ConfigService } from '@nestjs/config';
import { jwtOptionsFactory } from './jwt.config';
export const auth = JwtModule.registerAsync({ inject: [ConfigService], useFactory: jwtOptionsFactory });`,
      filename: 'file.ts',
    },
    `import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthService {
  constructor(private readonly jwt: JwtService) {}
  async user(token: string) {
    const claims = this.jwt.decode(token);
    await this.jwt.verifyAsync(token);
    return claims;
  }
}`,
    `import { JwtService } from '@nestjs/jwt';
export class TokenCache {
  constructor(private readonly jwt: JwtService) {}
  expiresAt(token: string): number {
    const claims = this.jwt.decode(token);
    return claims.exp * 1000;
  }
}`,
    // fast-jwt, @fastify/jwt (and fastify-jwt), hapi-auth-jwt2
    `import Hapi from '@hapi/hapi';
import Jwt from '@hapi/jwt';
await server.register(Jwt);
server.auth.strategy('jwt', 'jwt', { keys: process.env.JWT_SECRET, verify: { aud: false, iss: false, sub: false } });`,
    `const hapiAuthJwt2 = require('hapi-auth-jwt2');
await server.register(hapiAuthJwt2);
server.auth.strategy('jwt', 'jwt', { key: process.env.JWT_SECRET, validate, verifyOptions: { algorithms: ['HS256'] } });`,
    // jwt-simple, hono
    `const jwt = require('jwt-simple');
const claims = jwt.decode(token, secret, false, 'HS256');`,
    `import { verify } from 'hono/jwt';
const payload = await verify(token, secret, 'HS256');`,
    // claims of a decoded token used as identity, followed through bindings, destructuring, reassignment and one call deep
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
    `import jwt from 'jsonwebtoken';
export function keyFor(token) {
  const { header } = jwt.decode(token, { complete: true });
  return keys[header.kid];
}`,
    `import jwt from 'jsonwebtoken';
export function user(token) {
  const claims = jwt.decode(token);
  jwt.verify(token, secret, { algorithms: ['HS256'] });
  return claims;
}`,
    `import jwt from 'jsonwebtoken';
logger.debug('token claims', jwt.decode(token));`,
    `import jwt from 'jsonwebtoken';
function verifyToken(token) {
  return jwt.verify(token, secret, { algorithms: ['HS256'] });
}
export function user(token) {
  const claims = jwt.decode(token);
  verifyToken(token);
  return claims;
}`,
    `import jwt from 'jsonwebtoken';
export function refreshDelay(token) {
  const { exp } = jwt.decode(token);
  if (exp) return exp * 1000 - Date.now();
  return 0;
}`,
    // jwt-decode (a browser library): reported only for a token taken from the request; @tsndr/cloudflare-worker-jwt
    `import { jwtDecode } from 'jwt-decode';
export function currentUser() {
  const token = localStorage.getItem('token');
  return jwtDecode(token);
}`,
    `import { jwtDecode } from 'jwt-decode';
export function roleOf(token) {
  return jwtDecode(token).role;
}`,
    `import jwt from '@tsndr/cloudflare-worker-jwt';
export default {
  async fetch(request, env) {
    const token = request.headers.get('authorization');
    if (!(await jwt.verify(token, env.JWT_SECRET))) return new Response('unauthorized', { status: 401 });
    const { payload } = jwt.decode(token);
    return Response.json({ user: payload.sub });
  },
};`,
    // options
  ],
  invalid: [
    // jsonwebtoken `verify`: every import style; options inline, from consts and spreads
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, secret);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["HS256"]' },
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
          data: { library: 'jsonwebtoken `verify`', allowlist: '["HS256"]' },
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
          data: { library: 'jsonwebtoken `verify`', allowlist: '["HS256"]' },
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
          data: { library: 'jsonwebtoken `verify`', allowlist: '["RS256"]' },
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
          data: { library: 'jsonwebtoken `verify`', allowlist: '["HS256"]' },
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
          data: { library: 'jsonwebtoken `verify`', algorithm: 'None' },
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
          data: { library: 'jsonwebtoken `verify`', symmetric: 'HS256', asymmetric: 'RS256' },
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
          data: { library: 'jsonwebtoken `verify`', symmetric: 'HS256', asymmetric: 'RS256' },
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
          data: { library: 'jsonwebtoken `verify`', algorithm: 'none' },
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 35,
        },
      ],
    },
    // TypeScript `import jwt = require(...)`
    {
      code: `import jwt = require('jsonwebtoken');
export const check = (token: string): unknown => jwt.verify(token, secret);`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["HS256"]' },
          line: 2,
          column: 50,
          endLine: 2,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import jwt = require('jsonwebtoken');
export const check = (token: string): unknown => jwt.verify(token, secret, { algorithms: ["HS256"] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import jwt = require('jsonwebtoken');
export function role(token: string): string {
  const claims = jwt.decode(token) as { role: string };
  return claims.role;
}`,
      filename: 'file.ts',
      errors: [
        { messageId: 'unverifiedDecode', data: { decoder: 'jsonwebtoken `decode`' }, line: 3, column: 18, endLine: 3, endColumn: 35 },
      ],
    },
    // A Remix route module renders a component, but its loader runs on the server and gates access on the claims.
    {
      code: `import jwt from 'jsonwebtoken';
export async function loader({ request }: LoaderFunctionArgs) {
  const claims = jwt.decode(request.headers.get('x-token') ?? '') as { role: string } | null;
  if (!claims || claims.role !== 'admin') throw redirect('/');
  return json({ ok: true });
}
export default function Admin() {
  return <main />;
}`,
      filename: 'file.tsx',
      errors: [
        { messageId: 'unverifiedDecode', data: { decoder: 'jsonwebtoken `decode`' }, line: 3, column: 18, endLine: 3, endColumn: 66 },
      ],
    },
    // options held in a module-level object shared by several calls: one finding, on the shared object
    {
      code: `import jwt from 'jsonwebtoken';
const VERIFY_OPTIONS = { issuer: 'auth', audience: 'api' };
export const a = (token) => jwt.verify(token, publicKey, VERIFY_OPTIONS);
export const b = (token, cb) => jwt.verify(token, publicKey, VERIFY_OPTIONS, cb);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["RS256"]' },
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import jwt from 'jsonwebtoken';
const VERIFY_OPTIONS = { algorithms: ["RS256"], issuer: 'auth', audience: 'api' };
export const a = (token) => jwt.verify(token, publicKey, VERIFY_OPTIONS);
export const b = (token, cb) => jwt.verify(token, publicKey, VERIFY_OPTIONS, cb);`,
            },
          ],
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const VERIFY_OPTIONS = Object.freeze({ algorithms: ['HS256', 'none'] });
export const a = (token) => jwt.verify(token, secret, VERIFY_OPTIONS);
export const b = (token) => jwt.verify(token, secret, VERIFY_OPTIONS);`,
      errors: [
        {
          messageId: 'noneAlgorithm',
          data: { library: 'jsonwebtoken `verify`', algorithm: 'none' },
          line: 2,
          column: 62,
          endLine: 2,
          endColumn: 68,
        },
      ],
    },
    {
      code: `const JwtStrategy = require('passport-jwt').Strategy;
const opts = {};
opts.secretOrKey = process.env.JWT_SECRET;
opts.issuer = 'api';
passport.use(new JwtStrategy(opts, onVerify));`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'passport-jwt `Strategy`', allowlist: '["HS256"]' },
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `const JwtStrategy = require('passport-jwt').Strategy;
const opts = { algorithms: ["HS256"] };
opts.secretOrKey = process.env.JWT_SECRET;
opts.issuer = 'api';
passport.use(new JwtStrategy(opts, onVerify));`,
            },
          ],
        },
      ],
    },
    {
      code: `const JwtStrategy = require('passport-jwt').Strategy;
const opts = {};
opts.secretOrKey = publicKey;
opts.algorithms = ['RS256', 'HS256'];
passport.use(new JwtStrategy(opts, onVerify));`,
      errors: [
        {
          messageId: 'mixedAlgorithmFamilies',
          data: { library: 'passport-jwt `Strategy`', symmetric: 'HS256', asymmetric: 'RS256' },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 37,
        },
      ],
    },
    // wrappers of a verifier: util.promisify (every import style), .bind, a local promise wrapper whose callers pass the options
    {
      code: `const { promisify } = require('util');
const jwt = require('jsonwebtoken');
const verifyAsync = promisify(jwt.verify);
exports.check = (token) => verifyAsync(token, secret, { issuer: 'auth' });`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["HS256"]' },
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `const { promisify } = require('util');
const jwt = require('jsonwebtoken');
const verifyAsync = promisify(jwt.verify);
exports.check = (token) => verifyAsync(token, secret, { algorithms: ["HS256"], issuer: 'auth' });`,
            },
          ],
        },
      ],
    },
    {
      code: `import util from 'node:util';
import jwt from 'jsonwebtoken';
const verifyJwt = util.promisify(jwt.verify);
export const check = (token) => verifyJwt(token, process.env.JWT_SECRET);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["HS256"]' },
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import util from 'node:util';
import jwt from 'jsonwebtoken';
const verifyJwt = util.promisify(jwt.verify);
export const check = (token) => verifyJwt(token, process.env.JWT_SECRET, { algorithms: ["HS256"] });`,
            },
          ],
        },
      ],
    },
    {
      code: `const jwt = require('jsonwebtoken');
module.exports = (token) => require('util').promisify(jwt.verify)(token, secret);`,
      filename: 'file.js',
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["HS256"]' },
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `const jwt = require('jsonwebtoken');
module.exports = (token) => require('util').promisify(jwt.verify)(token, secret, { algorithms: ["HS256"] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { promisify } from 'util';
import { verify, type Secret, type VerifyOptions } from 'jsonwebtoken';
const verifyAsync = promisify<string, Secret, VerifyOptions>(verify);
export const check = (token: string) => verifyAsync(token, secret, { algorithms: ['none'] });`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'noneAlgorithm',
          data: { library: 'jsonwebtoken `verify`', algorithm: 'none' },
          line: 4,
          column: 83,
          endLine: 4,
          endColumn: 89,
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const verify = jwt.verify.bind(jwt);
export const check = (token) => verify(token, secret);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["HS256"]' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import jwt from 'jsonwebtoken';
const verify = jwt.verify.bind(jwt);
export const check = (token) => verify(token, secret, { algorithms: ["HS256"] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const verifyAsync = (token, options) =>
  new Promise((resolve, reject) => jwt.verify(token, secret, options, (err, decoded) => (err ? reject(err) : resolve(decoded))));
export const check = (token) => verifyAsync(token, { issuer: 'auth' });
export const checkPinned = (token) => verifyAsync(token, { algorithms: ['HS256'] });`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["HS256"]' },
          line: 4,
          column: 52,
          endLine: 4,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import jwt from 'jsonwebtoken';
const verifyAsync = (token, options) =>
  new Promise((resolve, reject) => jwt.verify(token, secret, options, (err, decoded) => (err ? reject(err) : resolve(decoded))));
export const check = (token) => verifyAsync(token, { algorithms: ["HS256"], issuer: 'auth' });
export const checkPinned = (token) => verifyAsync(token, { algorithms: ['HS256'] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
function verifyAsync(token, options) {
  return new Promise((resolve, reject) => {
    jwt.verify(token, secret, options, (err, decoded) => (err ? reject(err) : resolve(decoded)));
  });
}
export const check = (token) => verifyAsync(token);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["HS256"]' },
          line: 7,
          column: 33,
          endLine: 7,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import jwt from 'jsonwebtoken';
function verifyAsync(token, options) {
  return new Promise((resolve, reject) => {
    jwt.verify(token, secret, options, (err, decoded) => (err ? reject(err) : resolve(decoded)));
  });
}
export const check = (token) => verifyAsync(token, { algorithms: ["HS256"] });`,
            },
          ],
        },
      ],
    },
    // sign and verify: compared only within one key or one algorithm family
    {
      code: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, secret, { algorithm: 'HS512' });
export const check = (token) => jwt.verify(token, secret, { algorithms: ['HS256'] });`,
      errors: [
        {
          messageId: 'signVerifyMismatch',
          data: { library: 'jsonwebtoken `verify`', accepted: '`HS256`', signed: 'HS512' },
          line: 3,
          column: 73,
          endLine: 3,
          endColumn: 82,
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export const issue = (user) => jwt.sign({ sub: user.id }, privateKey, { algorithm: 'RS256' });
export const check = (token) => jwt.verify(token, publicKey, { algorithms: ['RS512'] });`,
      errors: [
        {
          messageId: 'signVerifyMismatch',
          data: { library: 'jsonwebtoken `verify`', accepted: '`RS512`', signed: 'RS256' },
          line: 3,
          column: 76,
          endLine: 3,
          endColumn: 85,
        },
      ],
    },
    {
      code: `import { SignJWT, jwtVerify } from 'jose';
const secret = new TextEncoder().encode(process.env.SESSION_SECRET);
export const issue = (sub) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS512' }).setIssuedAt().sign(secret);
export const check = (token) => jwtVerify(token, secret, { algorithms: ['HS256'] });`,
      errors: [
        {
          messageId: 'signVerifyMismatch',
          data: { library: 'jose `jwtVerify`', accepted: '`HS256`', signed: 'HS512' },
          line: 4,
          column: 72,
          endLine: 4,
          endColumn: 81,
        },
      ],
    },
    // the suggested allowlist follows the visible key: never an HMAC algorithm next to a public key
    {
      // a jwks-rsa `getKey(header, callback)` lookup, in a file that signs its own HS256 sessions
      code: `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'https://issuer.example.com/.well-known/jwks.json' });
function getKey(header, callback) {
  client.getSigningKey(header.kid, (err, key) => callback(err, key?.getPublicKey()));
}
export const issueSession = (user) => jwt.sign({ sub: user.id }, process.env.SESSION_SECRET, { algorithm: 'HS256' });
export const verifyIdToken = (token, done) => jwt.verify(token, getKey, (err, claims) => done(err, claims));`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["RS256"]' },
          line: 8,
          column: 47,
          endLine: 8,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import jwt from 'jsonwebtoken';
import jwksClient from 'jwks-rsa';
const client = jwksClient({ jwksUri: 'https://issuer.example.com/.well-known/jwks.json' });
function getKey(header, callback) {
  client.getSigningKey(header.kid, (err, key) => callback(err, key?.getPublicKey()));
}
export const issueSession = (user) => jwt.sign({ sub: user.id }, process.env.SESSION_SECRET, { algorithm: 'HS256' });
export const verifyIdToken = (token, done) => jwt.verify(token, getKey, { algorithms: ["RS256"] }, (err, claims) => done(err, claims));`,
            },
          ],
        },
      ],
    },
    {
      code: `import { SignJWT, createRemoteJWKSet, jwtVerify } from 'jose';
const jwks = createRemoteJWKSet(new URL('https://login.example.com/.well-known/jwks.json'));
export const issue = (sub) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).sign(secret);
export const verifyPartner = (token) => jwtVerify(token, jwks);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jose `jwtVerify`', allowlist: '["RS256"]' },
          line: 4,
          column: 41,
          endLine: 4,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import { SignJWT, createRemoteJWKSet, jwtVerify } from 'jose';
const jwks = createRemoteJWKSet(new URL('https://login.example.com/.well-known/jwks.json'));
export const issue = (sub) => new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).sign(secret);
export const verifyPartner = (token) => jwtVerify(token, jwks, { algorithms: ["RS256"] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { jwtVerify } from 'jose';
const secret = new TextEncoder().encode(process.env.JWT_SECRET);
export const check = (token) => jwtVerify(token, secret);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jose `jwtVerify`', allowlist: '["HS256"]' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import { jwtVerify } from 'jose';
const secret = new TextEncoder().encode(process.env.JWT_SECRET);
export const check = (token) => jwtVerify(token, secret, { algorithms: ["HS256"] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { createPublicKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
const key = createPublicKey(process.env.ISSUER_KEY);
export const check = (token) => jwt.verify(token, key);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["RS256"]' },
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import { createPublicKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
const key = createPublicKey(process.env.ISSUER_KEY);
export const check = (token) => jwt.verify(token, key, { algorithms: ["RS256"] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import fs from 'node:fs';
import jwt from 'jsonwebtoken';
const key = fs.readFileSync('keys/issuer.pem');
export const check = (token) => jwt.verify(token, key, { issuer: 'https://issuer.example.com' });`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["RS256"]' },
          line: 4,
          column: 56,
          endLine: 4,
          endColumn: 96,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import fs from 'node:fs';
import jwt from 'jsonwebtoken';
const key = fs.readFileSync('keys/issuer.pem');
export const check = (token) => jwt.verify(token, key, { algorithms: ["RS256"], issuer: 'https://issuer.example.com' });`,
            },
          ],
        },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const KEY = '-----BEGIN PUBLIC KEY-----\\nMIIB...\\n-----END PUBLIC KEY-----';
export const check = (token) => jwt.verify(token, KEY);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["RS256"]' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import jwt from 'jsonwebtoken';
const KEY = '-----BEGIN PUBLIC KEY-----\\nMIIB...\\n-----END PUBLIC KEY-----';
export const check = (token) => jwt.verify(token, KEY, { algorithms: ["RS256"] });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { expressjwt } from 'express-jwt';
import jwksRsa from 'jwks-rsa';
app.use(expressjwt({ secret: jwksRsa.expressJwtSecret({ jwksUri: 'https://issuer.example.com/.well-known/jwks.json' }), audience: 'api' }));`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'express-jwt', allowlist: '["RS256"]' },
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 138,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import { expressjwt } from 'express-jwt';
import jwksRsa from 'jwks-rsa';
app.use(expressjwt({ algorithms: ["RS256"], secret: jwksRsa.expressJwtSecret({ jwksUri: 'https://issuer.example.com/.well-known/jwks.json' }), audience: 'api' }));`,
            },
          ],
        },
      ],
    },
    {
      code: `import { Strategy } from 'passport-jwt';
import { passportJwtSecret } from 'jwks-rsa';
passport.use(new Strategy({ jwtFromRequest, secretOrKeyProvider: passportJwtSecret({ jwksUri }) }, onVerify));`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'passport-jwt `Strategy`', allowlist: '["RS256"]' },
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 98,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import { Strategy } from 'passport-jwt';
import { passportJwtSecret } from 'jwks-rsa';
passport.use(new Strategy({ algorithms: ["RS256"], jwtFromRequest, secretOrKeyProvider: passportJwtSecret({ jwksUri }) }, onVerify));`,
            },
          ],
        },
      ],
    },
    // allowlists read from the token itself
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, key, { algorithms: [jwt.decode(token, { complete: true }).header.alg] });`,
      errors: [
        {
          messageId: 'algorithmsFromToken',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["HS256"]' },
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
          data: { library: 'jose `jwtVerify`', allowlist: '["HS256"]' },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 55,
        },
      ],
    },
    {
      code: `const jwt = require('jsonwebtoken');
async function authenticate(req, res, next) {
  const decoded = jwt.decode(req.token, { complete: true });
  const { header, payload } = decoded;
  const key = await keyFor(payload.iss, header.kid);
  req.user = jwt.verify(req.token, key, { algorithms: [header.alg] });
  next();
}`,
      filename: 'file.js',
      errors: [
        {
          messageId: 'algorithmsFromToken',
          data: { library: 'jsonwebtoken `verify`', allowlist: '["HS256"]' },
          line: 6,
          column: 55,
          endLine: 6,
          endColumn: 67,
        },
      ],
    },
    // a guard on the token's own header that pins the algorithm before it is verified
    {
      code: `import * as jose from 'jose';
export async function verifyStatic(token, other, key) {
  const { alg } = jose.decodeProtectedHeader(other);
  if (alg !== 'HS256') return undefined;
  return jose.jwtVerify(token, key);
}`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jose `jwtVerify`', allowlist: '["HS256"]' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import * as jose from 'jose';
export async function verifyStatic(token, other, key) {
  const { alg } = jose.decodeProtectedHeader(other);
  if (alg !== 'HS256') return undefined;
  return jose.jwtVerify(token, key, { algorithms: ["HS256"] });
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import * as jose from 'jose';
export async function verifyStatic(token, key) {
  const { alg } = jose.decodeProtectedHeader(token);
  if (alg !== 'HS256') console.warn('unexpected algorithm');
  return jose.jwtVerify(token, key);
}`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jose `jwtVerify`', allowlist: '["HS256"]' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `import * as jose from 'jose';
export async function verifyStatic(token, key) {
  const { alg } = jose.decodeProtectedHeader(token);
  if (alg !== 'HS256') console.warn('unexpected algorithm');
  return jose.jwtVerify(token, key, { algorithms: ["HS256"] });
}`,
            },
          ],
        },
      ],
    },
    // jose
    {
      code: `import * as jose from 'jose';
const { payload } = await jose.jwtVerify(token, secret);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jose `jwtVerify`', allowlist: '["HS256"]' },
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
          data: { library: 'jose `compactVerify`', symmetric: 'HS256', asymmetric: 'ES256' },
          line: 2,
          column: 45,
          endLine: 2,
          endColumn: 63,
        },
      ],
    },
    // express-jwt, koa-jwt, socketio-jwt, passport-jwt
    {
      code: `import { expressjwt } from 'express-jwt';
app.use(expressjwt({ secret: process.env.JWT_SECRET }));`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'express-jwt', allowlist: '["HS256"]' },
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
        { messageId: 'noneAlgorithm', data: { library: 'express-jwt', algorithm: 'none' }, line: 2, column: 36, endLine: 2, endColumn: 42 },
      ],
    },
    {
      code: `import koaJwt from 'koa-jwt';
app.use(koaJwt({ secret: process.env.SECRET }));`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'koa-jwt', allowlist: '["HS256"]' },
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
      code: `const socketioJwt = require('socketio-jwt');
io.use(socketioJwt.authorize({ secret: process.env.JWT_SECRET, handshake: true }));`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'socketio-jwt `authorize`', allowlist: '["HS256"]' },
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `const socketioJwt = require('socketio-jwt');
io.use(socketioJwt.authorize({ algorithms: ["HS256"], secret: process.env.JWT_SECRET, handshake: true }));`,
            },
          ],
        },
      ],
    },
    {
      // a key named like a public key: the suggestion pins RS256 (it used to suggest HS256)
      code: `const JwtStrategy = require('passport-jwt').Strategy;
passport.use(new JwtStrategy({ jwtFromRequest, secretOrKey: publicKey }, onVerify));`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'passport-jwt `Strategy`', allowlist: '["RS256"]' },
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `const JwtStrategy = require('passport-jwt').Strategy;
passport.use(new JwtStrategy({ algorithms: ["RS256"], jwtFromRequest, secretOrKey: publicKey }, onVerify));`,
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
          data: { library: 'passport-jwt `Strategy`', allowlist: '["HS256"]' },
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
    // @nestjs/jwt: the module options, and an injected JwtService
    {
      code: `import { JwtModule } from '@nestjs/jwt';
export const auth = JwtModule.register({ secret: process.env.JWT_SECRET, signOptions: { expiresIn: '1h' } });`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: '@nestjs/jwt `JwtModule`', allowlist: '["HS256"]' },
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
          data: { library: '@nestjs/jwt `JwtModule`', symmetric: 'HS256', asymmetric: 'RS256' },
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
          data: { library: '@nestjs/jwt `JwtService.verify`', algorithm: 'none' },
          line: 5,
          column: 57,
          endLine: 5,
          endColumn: 63,
        },
      ],
    },
    {
      code: `import { JwtModule } from '@nestjs/jwt';
import { ConfigService } from '@nestjs/config';
import { jwtOptionsFactory } from './jwt.config';
export const auth = JwtModule.registerAsync({ inject: [ConfigService], useFactory: jwtOptionsFactory });`,
      filename: 'file.ts',
      options: [{ reportUnresolved: true }],
      errors: [
        { messageId: 'unresolvedOptions', data: { library: '@nestjs/jwt `JwtModule`' }, line: 4, column: 21, endLine: 4, endColumn: 104 },
      ],
    },
    {
      code: `import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class GatewayGuard implements CanActivate {
  constructor(private readonly jwtService: JwtService) {}
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const claims = this.jwtService.decode<{ sub: string }>(request.headers.authorization);
    if (!claims?.sub) throw new UnauthorizedException();
    request.user = claims;
    return true;
  }
}`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'unverifiedDecode',
          data: { decoder: '@nestjs/jwt `JwtService.decode`' },
          line: 8,
          column: 20,
          endLine: 8,
          endColumn: 90,
        },
      ],
    },
    // fast-jwt, @fastify/jwt (and fastify-jwt), hapi-auth-jwt2
    {
      code: `import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key: async () => secret });`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'fast-jwt `createVerifier`', allowlist: '["HS256"]' },
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
          data: { library: '@fastify/jwt', allowlist: '["HS256"]' },
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
          data: { library: '@fastify/jwt', symmetric: 'HS256', asymmetric: 'RS256' },
          line: 2,
          column: 58,
          endLine: 2,
          endColumn: 76,
        },
      ],
    },
    {
      code: `const fastifyJwt = require('fastify-jwt');
fastify.register(fastifyJwt, { secret: { private: privatePem, public: publicPem }, sign: { algorithm: 'RS256' } });`,
      filename: 'file.js',
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: '@fastify/jwt', allowlist: '["RS256"]' },
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 114,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `const fastifyJwt = require('fastify-jwt');
fastify.register(fastifyJwt, { verify: { algorithms: ["RS256"] }, secret: { private: privatePem, public: publicPem }, sign: { algorithm: 'RS256' } });`,
            },
          ],
        },
      ],
    },
    {
      code: `const hapiAuthJwt2 = require('hapi-auth-jwt2');
await server.register(hapiAuthJwt2);
server.auth.strategy('jwt', 'jwt', { key: process.env.JWT_SECRET, validate });`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'hapi-auth-jwt2', allowlist: '["HS256"]' },
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'addAllowlist',
              output: `const hapiAuthJwt2 = require('hapi-auth-jwt2');
await server.register(hapiAuthJwt2);
server.auth.strategy('jwt', 'jwt', { verifyOptions: { algorithms: ["HS256"] }, key: process.env.JWT_SECRET, validate });`,
            },
          ],
        },
      ],
    },
    // jwt-simple, hono
    {
      code: `const jwt = require('jwt-simple');
const claims = jwt.decode(token, secret, true);`,
      errors: [
        { messageId: 'verificationDisabled', data: { library: 'jwt-simple `decode`' }, line: 2, column: 42, endLine: 2, endColumn: 46 },
      ],
    },
    {
      code: `import jwtSimple from 'jwt-simple';
const claims = jwtSimple.decode(token, publicKey);`,
      errors: [
        {
          messageId: 'missingAlgorithms',
          data: { library: 'jwt-simple `decode`', allowlist: '"RS256"' },
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
          data: { library: 'hono `verify`', allowlist: '"HS256"' },
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
          data: { library: 'hono `jwt()` middleware', allowlist: '"HS256"' },
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
    // claims of a decoded token used as identity, followed through bindings, destructuring, reassignment and one call deep
    {
      code: `import jwt from 'jsonwebtoken';
export function currentUser(req) {
  const claims = jwt.decode(req.headers.authorization);
  return claims;
}`,
      errors: [
        { messageId: 'unverifiedDecode', data: { decoder: 'jsonwebtoken `decode`' }, line: 3, column: 18, endLine: 3, endColumn: 55 },
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
        { messageId: 'unverifiedDecode', data: { decoder: 'jsonwebtoken `decode`' }, line: 3, column: 18, endLine: 3, endColumn: 47 },
      ],
    },
    {
      code: `const { decode } = require('jsonwebtoken');
function authenticate(req, res, next) {
  req.user = decode(req.cookies.session);
  next();
}`,
      errors: [
        { messageId: 'unverifiedDecode', data: { decoder: 'jsonwebtoken `decode`' }, line: 3, column: 14, endLine: 3, endColumn: 41 },
      ],
    },
    {
      code: `import { decodeJwt } from 'jose';
export const userIdFrom = (token: string) => decodeJwt(token).sub;`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jose `decodeJwt`' }, line: 2, column: 46, endLine: 2, endColumn: 62 }],
    },
    {
      code: `import { UnsecuredJWT } from 'jose';
export function roles(token) {
  const { payload } = UnsecuredJWT.decode(token);
  return payload.roles;
}`,
      errors: [
        { messageId: 'unverifiedDecode', data: { decoder: 'jose `UnsecuredJWT.decode`' }, line: 3, column: 23, endLine: 3, endColumn: 49 },
      ],
    },
    {
      code: `import { decode } from 'hono/jwt';
app.use(async (c, next) => {
  const { payload } = decode(c.req.header('x-token'));
  if (payload.admin) await next();
});`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'hono `decode`' }, line: 3, column: 23, endLine: 3, endColumn: 54 }],
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
          data: { decoder: 'the decoder from fast-jwt `createDecoder`' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 28,
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
        { messageId: 'unverifiedDecode', data: { decoder: 'jsonwebtoken `decode`' }, line: 3, column: 10, endLine: 3, endColumn: 23 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export function requireAdmin(req, res, next) {
  const { role } = jwt.decode(req.cookies.session);
  if (role !== 'admin') return res.sendStatus(403);
  next();
}`,
      errors: [
        { messageId: 'unverifiedDecode', data: { decoder: 'jsonwebtoken `decode`' }, line: 3, column: 20, endLine: 3, endColumn: 51 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export function authenticate(req, res, next) {
  let claims = null;
  if (req.cookies.session) claims = jwt.decode(req.cookies.session);
  res.locals.user = claims;
  next();
}`,
      errors: [
        { messageId: 'unverifiedDecode', data: { decoder: 'jsonwebtoken `decode`' }, line: 4, column: 37, endLine: 4, endColumn: 68 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
function isAdmin(user) {
  return user.roles.includes('admin');
}
export const guard = (req) => isAdmin(jwt.decode(req.headers.authorization));`,
      errors: [
        { messageId: 'unverifiedDecode', data: { decoder: 'jsonwebtoken `decode`' }, line: 5, column: 39, endLine: 5, endColumn: 76 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
const STAFF = ['admin', 'support'];
export function isStaff(req) {
  const claims = jwt.decode(req.headers.authorization);
  return STAFF.includes(claims.role) ? 'staff' : 'customer';
}`,
      errors: [
        { messageId: 'unverifiedDecode', data: { decoder: 'jsonwebtoken `decode`' }, line: 4, column: 18, endLine: 4, endColumn: 55 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
export function tenantOf(token) {
  const { payload } = jwt.decode(token, { complete: true });
  return payload.tenant;
}`,
      errors: [
        { messageId: 'unverifiedDecode', data: { decoder: 'jsonwebtoken `decode`' }, line: 3, column: 23, endLine: 3, endColumn: 60 },
      ],
    },
    // jwt-decode (a browser library): reported only for a token taken from the request; @tsndr/cloudflare-worker-jwt
    {
      code: `import { jwtDecode } from 'jwt-decode';
app.get('/me', (req, res) => {
  const claims = jwtDecode(req.headers.authorization);
  if (claims.role === 'admin') return res.json(adminView);
  res.json(userView);
});`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt-decode' }, line: 3, column: 18, endLine: 3, endColumn: 54 }],
    },
    {
      code: `import jwt from '@tsndr/cloudflare-worker-jwt';
export default {
  async fetch(request, env) {
    const { payload } = jwt.decode(request.headers.get('authorization'));
    if (payload.role !== 'admin') return new Response('forbidden', { status: 403 });
    return Response.json(await env.DB.prepare('select * from users').all());
  },
};`,
      errors: [
        {
          messageId: 'unverifiedDecode',
          data: { decoder: '@tsndr/cloudflare-worker-jwt `decode`' },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 73,
        },
      ],
    },
    // options
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, secret, { algorithms: ['HS256'], ignoreExpiration: true });`,
      options: [{ reportIgnoreExpiration: true }],
      errors: [
        { messageId: 'ignoreExpiration', data: { library: 'jsonwebtoken `verify`' }, line: 2, column: 52, endLine: 2, endColumn: 74 },
      ],
    },
    {
      code: `const JwtStrategy = require('passport-jwt').Strategy;
const opts = { secretOrKey: process.env.JWT_SECRET, algorithms: ['HS256'] };
opts.ignoreExpiration = true;
passport.use(new JwtStrategy(opts, onVerify));`,
      options: [{ reportIgnoreExpiration: true }],
      errors: [
        { messageId: 'ignoreExpiration', data: { library: 'passport-jwt `Strategy`' }, line: 3, column: 1, endLine: 3, endColumn: 29 },
      ],
    },
    {
      code: `import jwt from 'jsonwebtoken';
jwt.verify(token, secret, loadVerifyOptions());`,
      options: [{ reportUnresolved: true }],
      errors: [
        { messageId: 'unresolvedOptions', data: { library: 'jsonwebtoken `verify`' }, line: 2, column: 27, endLine: 2, endColumn: 46 },
      ],
    },
  ],
});
