import rule from '../../src/rules/no-cors-wildcard-credentials';
import { createRuleTester } from '../rule-tester';

createRuleTester().run('no-cors-wildcard-credentials', rule, {
  valid: [
    `it('answers CORS preflights', () => {
  const cases = [
    { headers: { 'access-control-allow-origin': '*' } },
    { expected: { 'access-control-allow-credentials': 'true' } },
  ];
  check(cases);
});`,
    `import cors from 'cors';
app.use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'], credentials: true }));`,
    `import cors from 'cors';
app.use(cors({ origin: 'https://app.example.com', credentials: true }));`,
    `import cors from 'cors';
const ALLOWED = (process.env.CORS_ORIGINS ?? '').split(',');
app.use(cors({
  origin: (origin, cb) => {
    if (!origin || ALLOWED.includes(origin)) cb(null, true);
    else cb(new Error('blocked by CORS'));
  },
  credentials: true,
}));`,
    `import cors from 'cors';
app.use(cors({ origin: (origin, cb) => cb(null, ALLOWED.includes(origin)), credentials: true }));`,
    `import cors from 'cors';
app.use(cors({ origin: (origin, cb) => { if (ALLOWED.has(origin)) cb(null, origin); }, credentials: true }));`,
    `import cors from 'cors';
app.use(cors({ origin: /^https:\\/\\/([a-z]+\\.)?example\\.com$/, credentials: true }));`,
    `import cors from 'cors';
app.use(cors({ origin: [/\\.example\\.com$/, 'https://example.com'], credentials: true }));`,
    `import cors from 'cors';
app.use(cors({ origin: '*' }));
app.use(cors());
app.use(cors({ origin: true, credentials: false }));`,
    `import cors from './cors';
app.use(cors({ origin: '*', credentials: true }));`,
    `function cors(options) { return options; }
cors({ origin: '*', credentials: true });`,
    `import cors from 'cors';
import { corsOptions } from './config';
app.use(cors(corsOptions));
app.use(cors({ origin: process.env.CORS_ORIGIN, credentials: true }));
app.use(cors({ origin: true, credentials: isProduction }));
app.use(cors({ ...sharedOptions, credentials: true }));`,
    `import cors from '@koa/cors';
app.use(cors({ origin: (ctx) => (ALLOWED.includes(ctx.get('Origin')) ? ctx.get('Origin') : ''), credentials: true }));
app.use(cors({ origin: 'https://app.example.com', credentials: true }));`,
    `import { cors } from 'hono/cors';
app.use('/api/*', cors({ origin: (origin) => (origin.endsWith('.example.com') ? origin : null), credentials: true }));
app.use('/public/*', cors());`,
    {
      code: `import { NestFactory } from '@nestjs/core';
const app = await NestFactory.create(AppModule, { cors: true });
app.enableCors({ origin: ['https://app.example.com'], credentials: true });`,
      filename: 'file.ts',
    },
    `import { Server } from 'socket.io';
const io = new Server(httpServer);
const chat = new Server(httpServer, { cors: { origin: ['https://app.example.com'], credentials: true } });`,
    `import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
const server = new ApolloServer({ typeDefs, resolvers });
await startStandaloneServer(server, { listen: { port: 4000 } });`,
    `const ALLOWED = new Set(['https://app.example.com']);
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (ALLOWED.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});`,
    `app.use((req, res, next) => {
  const { origin } = req.headers;
  if (!ALLOWED.has(origin)) return res.sendStatus(403);
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});`,
    `app.use((req, res, next) => {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', ALLOWED.includes(origin) ? origin : '');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});`,
    {
      code: `export async function OPTIONS(request: Request): Promise<Response> {
  const origin = request.headers.get('origin') ?? '';
  const allowed = allowedOrigins.includes(origin);
  if (!allowed) {
    throw new Error('origin not allowed');
  }
  return new Response(null, {
    headers: { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' },
  });
}`,
      filename: 'file.ts',
    },
    `res.setHeader('Access-Control-Allow-Origin', '*');
res.setHeader('Access-Control-Allow-Credentials', 'false');
app.get('/public', (req, res) => {
  res.set('Access-Control-Allow-Origin', req.headers.origin);
  res.json(data);
});`,
    `app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', String(config.cors.credentials));
  next();
});`,
    `module.exports = {
  async headers() {
    return [{
      source: '/api/:path*',
      headers: [
        { key: 'Access-Control-Allow-Credentials', value: 'true' },
        { key: 'Access-Control-Allow-Origin', value: 'https://app.example.com' },
      ],
    }];
  },
};`,
    {
      code: `import cors from 'cors';
app.use(cors({ origin: ['https://app.example.com'] }));
res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');`,
      options: [{ reportWildcardWithoutCredentials: true }],
    },
    `const origins = new Map();
origins.set('Access-Control-Allow-Origin', '*');
const cors = { origin: '*', credentials: true };
`,
    // Checks with a dot boundary, exact comparisons and listed origins are allowlists.
    `const cors = require('cors');
app.use(cors({
  origin: (origin, callback) => {
    if (!origin || origin.endsWith('.example.com')) callback(null, true);
    else callback(new Error('Not allowed by CORS'));
  },
  credentials: true,
}));`,
    `import fastifyCors from '@fastify/cors';
await app.register(fastifyCors, { origin: async (origin) => origin === 'https://app.example.com', credentials: true });`,
    `import cors from 'cors';
app.use(cors({ origin: (origin, cb) => cb(null, /^https:\\/\\/(www\\.)?example\\.com$/.test(origin)), credentials: true }));`,
    `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED.indexOf(origin) !== -1) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});`,
    `const ALLOWED = ['https://app.example.com', 'https://admin.example.com'];
app.use((req, res, next) => {
  const origin = req.get('Origin');
  if (ALLOWED.includes(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
  }
  next();
});`,
    `const DOMAINS = ['.example.com', '.example.org'];
router.use(async (ctx, next) => {
  const origin = ctx.get('Origin');
  if (DOMAINS.some((domain) => origin.endsWith(domain))) {
    ctx.set('Access-Control-Allow-Origin', origin);
    ctx.set('Access-Control-Allow-Credentials', 'true');
  }
  await next();
});`,
    `import cors from 'cors';
const TRUSTED = new Set(['https://app.example.com']);
function isAllowedOrigin(origin) {
  return TRUSTED.has(origin);
}
app.use(cors({ origin: (origin, cb) => cb(null, !origin || isAllowedOrigin(origin)), credentials: true }));`,
    {
      code: `export async function OPTIONS(request: Request): Promise<Response> {
  const origin = request.headers.get('origin') ?? '';
  const headers = new Headers({ 'Access-Control-Allow-Credentials': 'true' });
  if (origin && new URL(origin).hostname === 'app.example.com') headers.set('Access-Control-Allow-Origin', origin);
  return new Response(null, { status: 204, headers });
}`,
      filename: 'file.ts',
    },
    // The Origin is echoed only after an exact check, through a binding and a helper.
    `function originOf(req) {
  return req.get('Origin');
}
app.use((req, res, next) => {
  const origin = originOf(req);
  if (!ALLOWED.has(origin)) return next();
  res.header('Access-Control-Allow-Origin', origin);
  res.header('Access-Control-Allow-Credentials', 'true');
  next();
});`,
    {
      code: `import { NextRequest } from 'next/server';
const allowedOrigins = ['https://bookmarks.example.net'];
function corsHeaders(req: NextRequest): Record<string, string> {
  const origin = req.headers.get('origin');
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (origin && allowedOrigins.includes(origin)) {
    headers['Access-Control-Allow-Origin'] = origin;
    headers['Access-Control-Allow-Credentials'] = 'true';
  }
  return headers;
}`,
      filename: 'file.ts',
    },
    // \`*\` and credentials on exclusive branches never go out together.
    `export const headersWithCors = (headers, req, cors) => {
  const requestOrigin = req.headers.get('Origin');
  if (cors === '*') {
    headers.set('Access-Control-Allow-Origin', '*');
  } else if (cors.origins.indexOf(requestOrigin) > -1) {
    headers.set('Access-Control-Allow-Credentials', 'true');
    headers.set('Access-Control-Allow-Origin', requestOrigin);
  }
  return headers;
};`,
    {
      code: `import type { CorsOptions } from 'cors';
const corsOptions: CorsOptions = {
  origin: (origin, callback) => {
    if (!origin || allowedOrigins.includes(origin)) return callback(null, true);
    callback(new Error('Not allowed by CORS'));
  },
  credentials: true,
};
export default corsOptions;`,
      filename: 'file.ts',
    },
    `const cors = require('cors');
const corsOptions = { origin: ['https://app.example.com'], credentials: true };
app.use(cors(corsOptions));
app.options('*', cors(corsOptions));`,
    `import cors from 'cors';
app.use(cors({ origin: process.env.CORS_ORIGIN || 'https://app.example.com', credentials: true }));`,
    {
      code: `import { Elysia } from 'elysia';
import { cors } from '@elysiajs/cors';
new Elysia().use(cors({ origin: ['https://app.example.com'] })).use(cors({ credentials: false }));`,
      filename: 'file.ts',
    },
    `import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000, routes: { cors: { origin: ['https://app.example.com'], credentials: true } } });
server.route({ method: 'GET', path: '/public', options: { cors: true }, handler: () => 'ok' });`,
    `import { createYoga } from 'graphql-yoga';
const yoga = createYoga({ schema, cors: { origin: ['https://app.example.com'], credentials: true } });
const open = createYoga({ schema });`,
    `import { defineEventHandler, handleCors } from 'h3';
export default defineEventHandler((event) => {
  if (handleCors(event, { origin: ['https://app.example.com'], credentials: true })) return;
});`,
    {
      code: `import { defineConfig } from '@adonisjs/cors';
export default defineConfig({ enabled: false, origin: true, credentials: true });`,
      filename: 'file.ts',
    },
    `const cors = require('koa2-cors');
app.use(cors({ origin: (ctx) => (ALLOWED.includes(ctx.header.origin) ? ctx.header.origin : false), credentials: true }));`,
    `export const handler = async (event) => {
  const origin = event.headers.origin;
  const resHeaders = {
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Origin': ALLOWED_ORIGINS.includes(origin) ? origin : '',
  };
  return { headers: resHeaders, statusCode: 200 };
};`,
    `const corsHeaders = {
  'Access-Control-Allow-Origin': process.env.ALLOWED_ORIGIN || 'https://app.example.com',
  'Access-Control-Allow-Credentials': 'true',
};
export const handler = async () => ({ statusCode: 501, headers: { ...corsHeaders }, body: '' });`,
    `import NextCors from 'nextjs-cors';
export default async function handler(req, res) {
  await NextCors(req, res, { origin: ['https://app.example.com'], credentials: true });
  await NextCors(req, res, { origin: ALLOWED.includes(req.headers.origin) ? req.headers.origin : false, credentials: true });
  res.json({ ok: true });
}`,
    `import Cors from 'micro-cors';
export default Cors({ allowCredentials: false })(handler);`,
    `const corsMiddleware = require('restify-cors-middleware2');
const cors = corsMiddleware({ origins: ['https://app.example.com'], credentials: true });`,
    `import httpCors from '@middy/http-cors';
export const a = httpCors({ origins: ['https://app.example.com'], credentials: true });
export const b = httpCors({ origin: '*', getOrigin: (incoming) => (ALLOWED.includes(incoming) ? incoming : ''), credentials: true });`,
    {
      code: `import { WebSocketGateway } from '@nestjs/websockets';
@WebSocketGateway({ cors: { origin: process.env.CORS_ORIGIN || 'http://localhost:5173', credentials: true } })
export class SocketGateway {}`,
      filename: 'file.ts',
    },
    `const cors = require('cors');
const allowlist = ['https://app.example.com', 'https://admin.example.com'];
function corsOptionsDelegate(req, callback) {
  let corsOptions;
  if (allowlist.indexOf(req.header('Origin')) !== -1) {
    corsOptions = { origin: true, credentials: true };
  } else {
    corsOptions = { origin: false };
  }
  callback(null, corsOptions);
}
app.use(cors(corsOptionsDelegate));`,
    `const cors = require('cors');
const REFLECT = { origin: true, credentials: true };
const PUBLIC = { origin: '*' };
function isAllowedOrigin(origin) {
  if (!origin || origin === 'null') return false;
  const { hostname } = new URL(origin);
  if (hostname === 'localhost' || hostname === config.siteHost) return true;
  return false;
}
module.exports = cors((req, callback) => callback(null, isAllowedOrigin(req.get('origin')) ? REFLECT : PUBLIC));`,
  ],
  invalid: [
    {
      code: `import cors from 'cors';
app.use(cors({ origin: '*', credentials: true }));`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 27,
          data: {
            library: '`cors`',
            origin: 'every origin (`"*"`)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import cors from 'cors';
app.use(cors({ origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true }));`,
            },
          ],
        },
      ],
    },
    {
      code: `const cors = require('cors');
app.use(cors({ origin: true, credentials: true }));`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 28,
          data: {
            library: '`cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `const cors = require('cors');
app.use(cors({ origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true }));`,
            },
          ],
        },
      ],
    },
    {
      code: `import corsMiddleware from 'cors';
const ORIGINS = ['https://app.example.com', '*'];
app.use(corsMiddleware({ origin: ORIGINS, credentials: true }));`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 2,
          column: 45,
          endLine: 2,
          endColumn: 48,
          data: {
            library: '`cors`',
            origin: 'every origin (`"*"` in the list)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import corsMiddleware from 'cors';
const ORIGINS = ['https://app.example.com', '*'];
app.use(corsMiddleware({ origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true }));`,
            },
          ],
        },
      ],
    },
    {
      code: `const { default: cors } = require('cors');
app.use(cors({ origin: 'null', credentials: true }));`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 30,
          data: {
            library: '`cors`',
            origin: 'the `"null"` origin, which any site can send from a sandboxed iframe',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `const { default: cors } = require('cors');
app.use(cors({ origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true }));`,
            },
          ],
        },
      ],
    },
    {
      code: `import cors from 'cors';
app.use(cors({ origin: (origin, callback) => callback(null, true), credentials: true }));`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 66,
          data: {
            library: '`cors`',
            origin: 'every origin (the origin function approves whatever Origin it is given)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import cors from 'cors';
app.use(cors({ origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true }));`,
            },
          ],
        },
      ],
    },
    {
      code: `import cors from 'cors';
app.use(cors({
  origin(origin, cb) {
    cb(null, origin);
  },
  credentials: true,
}));`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 3,
          column: 9,
          endLine: 5,
          endColumn: 4,
          data: {
            library: '`cors`',
            origin: 'every origin (the origin function approves whatever Origin it is given)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import cors from 'cors';
app.use(cors({
  origin: process.env.CORS_ORIGINS?.split(",") ?? [],
  credentials: true,
}));`,
            },
          ],
        },
      ],
    },
    {
      code: `import cors from 'cors';
function allowAll(origin, callback) {
  if (!origin) return callback(null, true);
  callback(null, true);
}
app.use(cors({ origin: allowAll, credentials: true }));`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 6,
          column: 24,
          endLine: 6,
          endColumn: 32,
          data: {
            library: '`cors`',
            origin: 'every origin (the origin function approves whatever Origin it is given)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import cors from 'cors';
function allowAll(origin, callback) {
  if (!origin) return callback(null, true);
  callback(null, true);
}
app.use(cors({ origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true }));`,
            },
          ],
        },
      ],
    },
    {
      code: `import cors from 'cors';
app.use(cors({ origin: /example\\.com/, credentials: true }));`,
      errors: [
        {
          messageId: 'looseOriginRegex',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 38,
          data: {
            library: '`cors`',
            pattern: '/example\\.com/',
            flaw: 'has no `$` anchor, so it also matches `https://example.com.attacker.net`',
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `import cors from 'cors';
app.use(cors({ origin: /example\\.com$/, credentials: true }));`,
      errors: [
        {
          messageId: 'looseOriginRegex',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 39,
          data: {
            library: '`cors`',
            pattern: '/example\\.com$/',
            flaw: 'has no `^` anchor, so it also matches `https://attacker-example.com`',
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `import cors from 'cors';
app.use(cors({ origin: [/^https:\\/\\/app.example.com$/], credentials: true }));`,
      errors: [
        {
          messageId: 'looseOriginRegex',
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 54,
          data: {
            library: '`cors`',
            pattern: '/^https:\\/\\/app.example.com$/',
            flaw: 'has an unescaped `.` in the host, so it also matches `https://appxexample.com`',
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `import cors from 'cors';
app.use(cors({ origin: /^https:\\/\\/.*example\\.com$/, credentials: true }));`,
      errors: [
        {
          messageId: 'looseOriginRegex',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 52,
          data: {
            library: '`cors`',
            pattern: '/^https:\\/\\/.*example\\.com$/',
            flaw: 'lets any prefix run into the domain name, so it also matches `https://attacker-example.com`',
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `import cors from 'cors';
const ANY = new RegExp('.*');
app.use(cors({ origin: ANY, credentials: true }));`,
      errors: [
        {
          messageId: 'looseOriginRegex',
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 27,
          data: {
            library: '`cors`',
            pattern: '/.*/',
            flaw: 'matches every origin',
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `import cors from 'cors';
const base = { credentials: true };
app.use(cors({ ...base, origin: true }));`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 37,
          data: {
            library: '`cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import cors from 'cors';
const base = { credentials: true };
app.use(cors({ ...base, origin: process.env.CORS_ORIGINS?.split(",") ?? [] }));`,
            },
          ],
        },
      ],
    },
    {
      code: `import cors from 'cors';
const corsOptions = { origin: '*', credentials: true };
app.use(cors(corsOptions));`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 34,
          data: {
            library: '`cors`',
            origin: 'every origin (`"*"`)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import cors from 'cors';
const corsOptions = { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true };
app.use(cors(corsOptions));`,
            },
          ],
        },
      ],
    },
    {
      code: `import cors from 'cors';
app.use(cors({ credentials: true }));`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 33,
          data: {
            library: '`cors`',
            origin: 'every origin (`"*"` is the default when `origin` is omitted)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import cors from 'cors';
app.use(cors({ origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true }));`,
            },
          ],
        },
      ],
    },
    {
      code: `import cors, { type CorsOptions } from 'cors';
const options = { origin: true, credentials: true } satisfies CorsOptions;
app.use(cors(options as CorsOptions));`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 31,
          data: {
            library: '`cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import cors, { type CorsOptions } from 'cors';
const options = { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true } satisfies CorsOptions;
app.use(cors(options as CorsOptions));`,
            },
          ],
        },
      ],
    },
    {
      code: `import fastifyCors from '@fastify/cors';
await fastify.register(fastifyCors, { origin: true, credentials: true });`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 51,
          data: {
            library: '`@fastify/cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import fastifyCors from '@fastify/cors';
await fastify.register(fastifyCors, { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true });`,
            },
          ],
        },
      ],
    },
    {
      code: `fastify.register(require('@fastify/cors'), { origin: async () => true, credentials: true });`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 1,
          column: 54,
          endLine: 1,
          endColumn: 70,
          data: {
            library: '`@fastify/cors`',
            origin: 'every origin (the origin function approves whatever Origin it is given)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `fastify.register(require('@fastify/cors'), { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { fastifyCors } from '@fastify/cors';
const app: FastifyInstance = Fastify();
await app.register(fastifyCors, { origin: '*', credentials: true });`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 46,
          data: {
            library: '`@fastify/cors`',
            origin: 'every origin (`"*"`)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import { fastifyCors } from '@fastify/cors';
const app: FastifyInstance = Fastify();
await app.register(fastifyCors, { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true });`,
            },
          ],
        },
      ],
    },
    {
      code: `import cors from '@koa/cors';
app.use(cors({ credentials: true }));`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 33,
          data: {
            library: '`@koa/cors`',
            origin: 'every origin (with `credentials: true` and no `origin`, @koa/cors echoes the request Origin)',
            allowlist:
              'origin: (ctx) => ((process.env.CORS_ORIGINS?.split(",") ?? []).includes(ctx.get("Origin")) ? ctx.get("Origin") : "")',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist:
                  'origin: (ctx) => ((process.env.CORS_ORIGINS?.split(",") ?? []).includes(ctx.get("Origin")) ? ctx.get("Origin") : "")',
              },
              output: `import cors from '@koa/cors';
app.use(cors({ origin: (ctx) => ((process.env.CORS_ORIGINS?.split(",") ?? []).includes(ctx.get("Origin")) ? ctx.get("Origin") : ""), credentials: true }));`,
            },
          ],
        },
      ],
    },
    {
      code: `const cors = require('@koa/cors');
app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 50,
          data: {
            library: '`@koa/cors`',
            origin: 'every origin (the origin function approves whatever Origin it is given)',
            allowlist:
              'origin: (ctx) => ((process.env.CORS_ORIGINS?.split(",") ?? []).includes(ctx.get("Origin")) ? ctx.get("Origin") : "")',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist:
                  'origin: (ctx) => ((process.env.CORS_ORIGINS?.split(",") ?? []).includes(ctx.get("Origin")) ? ctx.get("Origin") : "")',
              },
              output: `const cors = require('@koa/cors');
app.use(cors({ origin: (ctx) => ((process.env.CORS_ORIGINS?.split(",") ?? []).includes(ctx.get("Origin")) ? ctx.get("Origin") : ""), credentials: true }));`,
            },
          ],
        },
      ],
    },
    {
      code: `import { cors } from 'hono/cors';
app.use('/api/*', cors({ origin: (origin) => origin, credentials: true }));`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 2,
          column: 34,
          endLine: 2,
          endColumn: 52,
          data: {
            library: 'hono `cors`',
            origin: 'every origin (the origin function approves whatever Origin it is given)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import { cors } from 'hono/cors';
app.use('/api/*', cors({ origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true }));`,
            },
          ],
        },
      ],
    },
    {
      code: `import { cors as honoCors } from 'hono/cors';
const app = new Hono<{ Bindings: Env }>();
app.use('*', honoCors({ origin: '*', credentials: true }));`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 36,
          data: {
            library: 'hono `cors`',
            origin: 'every origin (`"*"`)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import { cors as honoCors } from 'hono/cors';
const app = new Hono<{ Bindings: Env }>();
app.use('*', honoCors({ origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true }));`,
            },
          ],
        },
      ],
    },
    {
      code: `import { NestFactory } from '@nestjs/core';
async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);
  app.enableCors({ origin: true, credentials: true });
  await app.listen(3000);
}`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 32,
          data: {
            library: 'Nest CORS',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import { NestFactory } from '@nestjs/core';
async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);
  app.enableCors({ origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true });
  await app.listen(3000);
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { NestFactory } from '@nestjs/core';
const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), {
  cors: { origin: '*', credentials: true },
});`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 22,
          data: {
            library: 'Nest CORS',
            origin: 'every origin (`"*"`)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import { NestFactory } from '@nestjs/core';
const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter(), {
  cors: { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true },
});`,
            },
          ],
        },
      ],
    },
    {
      code: `import { Server } from 'socket.io';
const io = new Server(httpServer, { cors: { origin: '*', credentials: true } });`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 56,
          data: {
            library: 'Socket.IO `cors`',
            origin: 'every origin (`"*"`)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import { Server } from 'socket.io';
const io = new Server(httpServer, { cors: { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true } });`,
            },
          ],
        },
      ],
    },
    {
      code: `const io = require('socket.io')(server, { cors: { origin: true, credentials: true } });`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 1,
          column: 59,
          endLine: 1,
          endColumn: 63,
          data: {
            library: 'Socket.IO `cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `const io = require('socket.io')(server, { cors: { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true } });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
const server = new ApolloServer({ typeDefs, resolvers });
await startStandaloneServer(server, { listen: { port: 4000 }, cors: { origin: true, credentials: true } });`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 4,
          column: 79,
          endLine: 4,
          endColumn: 83,
          data: {
            library: 'Apollo Server `cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
const server = new ApolloServer({ typeDefs, resolvers });
await startStandaloneServer(server, { listen: { port: 4000 }, cors: { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true } });`,
            },
          ],
        },
      ],
    },
    {
      code: `const { ApolloServer } = require('apollo-server');
const server = new ApolloServer({ typeDefs, resolvers, cors: { origin: true, credentials: true } });`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 2,
          column: 72,
          endLine: 2,
          endColumn: 76,
          data: {
            library: 'Apollo Server `cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `const { ApolloServer } = require('apollo-server');
const server = new ApolloServer({ typeDefs, resolvers, cors: { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true } });`,
            },
          ],
        },
      ],
    },
    {
      code: `import { ApolloServer } from 'apollo-server-express';
const server = new ApolloServer({ typeDefs, resolvers });
await server.start();
server.applyMiddleware({ app, cors: { origin: true, credentials: true } });`,
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          line: 4,
          column: 47,
          endLine: 4,
          endColumn: 51,
          data: {
            library: 'Apollo Server `cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import { ApolloServer } from 'apollo-server-express';
const server = new ApolloServer({ typeDefs, resolvers });
await server.start();
server.applyMiddleware({ app, cors: { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true } });`,
            },
          ],
        },
      ],
    },
    {
      code: `app.use((req, res, next) => {
  res.set({ 'Access-Control-Allow-Origin': req.headers.origin });
  res.set('Access-Control-Allow-Credentials', 'true');
  next();
});`,
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 62,
          data: {
            origin: "the request's own `Origin` header",
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});`,
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 66,
          data: {
            origin: "the request's own `Origin` header",
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `app.use((req, res, next) => {
  const origin = req.get('origin');
  if (origin) {
    res.header('Access-Control-Allow-Origin', origin);
  }
  res.header('Access-Control-Allow-Credentials', true);
  next();
});`,
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          line: 4,
          column: 47,
          endLine: 4,
          endColumn: 53,
          data: {
            origin: "the request's own `Origin` header",
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `app.use(async (ctx, next) => {
  ctx.set('Access-Control-Allow-Origin', ctx.request.header.origin);
  ctx.set('Access-Control-Allow-Credentials', 'true');
  await next();
});`,
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 67,
          data: {
            origin: "the request's own `Origin` header",
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `fastify.addHook('onSend', async (request, reply) => {
  reply.header('Access-Control-Allow-Origin', '*');
  reply.header('Access-Control-Allow-Credentials', 'true');
});`,
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 50,
          data: {
            origin: '`*`',
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `export async function GET(request: Request): Promise<Response> {
  return new Response(body, {
    headers: {
      'Access-Control-Allow-Origin': request.headers.get('origin') ?? '',
      'Access-Control-Allow-Credentials': 'true',
    },
  });
}`,
      filename: 'file.ts',
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          line: 4,
          column: 38,
          endLine: 4,
          endColumn: 73,
          data: {
            origin: "the request's own `Origin` header",
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `const CORS_HEADERS = new Headers({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Credentials': 'true',
});`,
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          line: 2,
          column: 34,
          endLine: 2,
          endColumn: 37,
          data: {
            origin: '`*`',
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `module.exports = {
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
          { key: 'Access-Control-Allow-Origin', value: '*' },
        ],
      },
    ];
  },
};`,
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          line: 8,
          column: 56,
          endLine: 8,
          endColumn: 59,
          data: {
            origin: '`*`',
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `export function middleware(request) {
  const response = NextResponse.next();
  response.headers.set('Access-Control-Allow-Origin', request.headers.get('origin'));
  response.headers.set('Access-Control-Allow-Credentials', 'true');
  return response;
}`,
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          line: 3,
          column: 55,
          endLine: 3,
          endColumn: 84,
          data: {
            origin: "the request's own `Origin` header",
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `http.createServer((req, res) => {
  res.writeHead(200, {
    'access-control-allow-origin': req.headers['origin'],
    'access-control-allow-credentials': 'true',
  });
  res.end(body);
});`,
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 57,
          data: {
            origin: "the request's own `Origin` header",
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `export const handler = async (event) => new Response(body, {
  headers: new Headers([
    ['Access-Control-Allow-Origin', 'null'],
    ['Access-Control-Allow-Credentials', 'true'],
  ]),
});`,
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 43,
          data: {
            origin: '`null`, which any site can send from a sandboxed iframe',
          },
          suggestions: [],
        },
      ],
    },
    {
      code: `import cors from 'cors';
app.use(cors());`,
      options: [{ reportWildcardWithoutCredentials: true }],
      errors: [
        {
          messageId: 'wildcardWithoutCredentials',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 15,
          data: {
            library: '`cors`',
            origin: 'every origin (`"*"` is the default when `origin` is omitted)',
            fix: '`origin: process.env.CORS_ORIGINS?.split(",") ?? []`',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import cors from 'cors';
app.use(cors({ origin: process.env.CORS_ORIGINS?.split(",") ?? [] }));`,
            },
          ],
        },
      ],
    },
    {
      code: `import cors from 'cors';
app.use(cors({ origin: true }));`,
      options: [{ reportWildcardWithoutCredentials: true }],
      errors: [
        {
          messageId: 'wildcardWithoutCredentials',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 28,
          data: {
            library: '`cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            fix: '`origin: process.env.CORS_ORIGINS?.split(",") ?? []`',
          },
          suggestions: [
            {
              messageId: 'useAllowlist',
              data: {
                allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
              },
              output: `import cors from 'cors';
app.use(cors({ origin: process.env.CORS_ORIGINS?.split(",") ?? [] }));`,
            },
          ],
        },
      ],
    },
    {
      code: `res.setHeader('Access-Control-Allow-Origin', '*');`,
      options: [{ reportWildcardWithoutCredentials: true }],
      errors: [
        {
          messageId: 'wildcardWithoutCredentials',
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 49,
          data: {
            library: 'A hand-written CORS header',
            origin: '`*`',
            fix: '`if (allowedOrigins.has(origin))` before echoing it',
          },
          suggestions: [],
        },
      ],
    },
    // Origin checks that do not check, the Origin through bindings, helpers and frameworks, typed and shared options, more libraries
    {
      code: "const cors = require('cors');\napp.use(cors({\n  origin: (origin, callback) => {\n    if (!origin || origin.includes('example.com')) callback(null, true);\n    else callback(new Error('Not allowed by CORS'));\n  },\n  credentials: true,\n}));",
      errors: [
        {
          messageId: 'looseOriginCheck',
          data: { check: "origin.includes('example.com')", example: 'https://attacker-example.com' },
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 50,
        },
      ],
    },
    {
      code: "import { Hono } from 'hono';\nimport { cors } from 'hono/cors';\nconst app = new Hono();\napp.use('/api/*', cors({ origin: (origin: string) => (origin.endsWith('example.com') ? origin : null), credentials: true }));",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'looseOriginCheck',
          data: { check: "origin.endsWith('example.com')", example: 'https://attacker-example.com' },
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 85,
        },
      ],
    },
    {
      code: "import fastifyCors from '@fastify/cors';\nawait app.register(fastifyCors, { origin: async (origin) => origin.startsWith('https://app.example.com'), credentials: true });",
      errors: [
        {
          messageId: 'looseOriginCheck',
          data: { check: "origin.startsWith('https://app.example.com')", example: 'https://app.example.com.attacker.net' },
          line: 2,
          column: 61,
          endLine: 2,
          endColumn: 105,
        },
      ],
    },
    {
      code: "import cors from 'cors';\napp.use(cors({ origin: (origin, cb) => cb(null, /example\\.com/.test(origin)), credentials: true }));",
      errors: [
        {
          messageId: 'looseOriginCheck',
          data: { check: '/example\\.com/.test(origin)', example: 'https://example.com.attacker.net' },
          line: 2,
          column: 49,
          endLine: 2,
          endColumn: 76,
        },
      ],
    },
    {
      code: "app.use((req, res, next) => {\n  const origin = req.headers.origin;\n  if (origin && origin.indexOf('example.com') !== -1) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n    res.setHeader('Access-Control-Allow-Credentials', 'true');\n  }\n  next();\n});",
      errors: [
        {
          messageId: 'looseOriginCheck',
          data: { check: "origin.indexOf('example.com')", example: 'https://attacker-example.com' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 46,
        },
      ],
    },
    {
      code: "const ALLOWED = ['https://app.example.com', 'null'];\napp.use((req, res, next) => {\n  const origin = req.get('Origin');\n  if (ALLOWED.includes(origin)) {\n    res.set('Access-Control-Allow-Origin', origin);\n    res.set('Access-Control-Allow-Credentials', 'true');\n  }\n  next();\n});",
      errors: [
        {
          messageId: 'looseOriginCheck',
          data: { check: 'ALLOWED.includes(origin)', example: 'null' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 31,
        },
      ],
    },
    {
      code: "const DOMAINS = ['example.com', 'example.org'];\nrouter.use(async (ctx, next) => {\n  const origin = ctx.get('Origin');\n  if (DOMAINS.some((domain) => origin.endsWith(domain))) {\n    ctx.set('Access-Control-Allow-Origin', origin);\n    ctx.set('Access-Control-Allow-Credentials', 'true');\n  }\n  await next();\n});",
      errors: [
        {
          messageId: 'looseOriginCheck',
          data: { check: 'origin.endsWith(domain)', example: 'https://attacker-example.com' },
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 55,
        },
      ],
    },
    {
      code: "import cors from 'cors';\nfunction isAllowedOrigin(origin) {\n  return origin === 'https://app.example.com' || origin.endsWith('.vercel.app');\n}\napp.use(cors({ origin: (origin, cb) => cb(null, !origin || isAllowedOrigin(origin)), credentials: true }));",
      errors: [
        {
          messageId: 'looseOriginCheck',
          data: { check: "origin.endsWith('.vercel.app')", example: 'https://attacker.vercel.app' },
          line: 3,
          column: 50,
          endLine: 3,
          endColumn: 80,
        },
      ],
    },
    {
      code: "export async function OPTIONS(request: Request): Promise<Response> {\n  const origin = request.headers.get('origin') ?? '';\n  const headers = new Headers({ 'Access-Control-Allow-Credentials': 'true' });\n  if (origin && new URL(origin).hostname.endsWith('example.com')) headers.set('Access-Control-Allow-Origin', origin);\n  return new Response(null, { status: 204, headers });\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'looseOriginCheck',
          data: { check: "new URL(origin).hostname.endsWith('example.com')", example: 'https://attacker-example.com' },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 65,
        },
      ],
    },
    {
      code: "const cors = require('@koa/cors');\napp.use(cors({\n  origin(ctx) {\n    const origin = ctx.get('Origin');\n    return origin.includes('example.com') ? origin : '';\n  },\n  credentials: true,\n}));",
      errors: [
        {
          messageId: 'looseOriginCheck',
          data: { check: "origin.includes('example.com')", example: 'https://attacker-example.com' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 42,
        },
      ],
    },
    {
      code: "app.use((req, res, next) => {\n  const o = req.headers.origin;\n  const allowed = o;\n  res.setHeader('Access-Control-Allow-Origin', allowed);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n  next();\n});",
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          data: { origin: "the request's own `Origin` header" },
          line: 4,
          column: 48,
          endLine: 4,
          endColumn: 55,
        },
      ],
    },
    {
      code: "function originOf(req) {\n  return req.get('Origin');\n}\napp.use((req, res, next) => {\n  res.header('Access-Control-Allow-Origin', originOf(req));\n  res.header('Access-Control-Allow-Credentials', 'true');\n  next();\n});",
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          data: { origin: "the request's own `Origin` header" },
          line: 5,
          column: 45,
          endLine: 5,
          endColumn: 58,
        },
      ],
    },
    {
      code: "import { Controller, Get, Headers, Res } from '@nestjs/common';\nimport type { Response } from 'express';\n@Controller('me')\nexport class MeController {\n  @Get()\n  me(@Headers('origin') origin: string, @Res({ passthrough: true }) res: Response) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n    res.setHeader('Access-Control-Allow-Credentials', 'true');\n    return { ok: true };\n  }\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          data: { origin: "the request's own `Origin` header" },
          line: 7,
          column: 50,
          endLine: 7,
          endColumn: 56,
        },
      ],
    },
    {
      code: "import { defineEventHandler, getHeader, setResponseHeaders } from 'h3';\nexport default defineEventHandler((event) => {\n  setResponseHeaders(event, {\n    'Access-Control-Allow-Origin': getHeader(event, 'origin') ?? '*',\n    'Access-Control-Allow-Credentials': 'true',\n  });\n});",
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          data: { origin: "the request's own `Origin` header" },
          line: 4,
          column: 36,
          endLine: 4,
          endColumn: 69,
        },
      ],
    },
    {
      code: "export default defineEventHandler((event) => {\n  const origin = getRequestHeader(event, 'origin');\n  setHeader(event, 'Access-Control-Allow-Origin', origin);\n  setHeader(event, 'Access-Control-Allow-Credentials', 'true');\n});",
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          data: { origin: "the request's own `Origin` header" },
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 57,
        },
      ],
    },
    {
      code: "app.use('*', async (c, next) => {\n  c.header('Access-Control-Allow-Origin', c.req.header('origin'));\n  c.header('Access-Control-Allow-Credentials', 'true');\n  await next();\n});",
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          data: { origin: "the request's own `Origin` header" },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 65,
        },
      ],
    },
    {
      code: "import { NextRequest } from 'next/server';\nfunction corsHeaders(req: NextRequest): Record<string, string> {\n  const origin = req.headers.get('origin');\n  const headers: Record<string, string> = { Vary: 'Origin' };\n  if (origin) {\n    headers['Access-Control-Allow-Origin'] = origin;\n    headers['Access-Control-Allow-Credentials'] = 'true';\n  }\n  return headers;\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          data: { origin: "the request's own `Origin` header" },
          line: 6,
          column: 46,
          endLine: 6,
          endColumn: 52,
        },
      ],
    },
    {
      code: "module.exports = async (ctx, next) => {\n  ctx.set('Access-Control-Allow-Origin', ctx.headers.origin);\n  ctx.set('Access-Control-Allow-Credentials', true);\n  await next();\n};",
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          data: { origin: "the request's own `Origin` header" },
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 60,
        },
      ],
    },
    {
      code: "export const corsHeaders = (req: Request) => ({\n  'Access-Control-Allow-Origin': req.headers.get('Origin') || '*',\n  'Access-Control-Allow-Credentials': 'true',\n});",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          data: { origin: "the request's own `Origin` header" },
          line: 2,
          column: 34,
          endLine: 2,
          endColumn: 66,
        },
      ],
    },
    {
      code: "import type { CorsOptions } from 'cors';\nconst corsOptions: CorsOptions = {\n  origin: (origin, callback) => {\n    if (origin && !allowedOrigins.includes(origin)) logger.warn({ origin }, 'unlisted origin');\n    callback(null, true);\n  },\n  credentials: true,\n};\nexport default corsOptions;",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`cors`',
            origin: 'every origin (the origin function approves whatever Origin it is given)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 3,
          column: 11,
          endLine: 6,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                'import type { CorsOptions } from \'cors\';\nconst corsOptions: CorsOptions = {\n  origin: process.env.CORS_ORIGINS?.split(",") ?? [],\n  credentials: true,\n};\nexport default corsOptions;',
            },
          ],
        },
      ],
    },
    {
      code: "import cors, { type CorsOptions } from 'cors';\nconst options: CorsOptions = { origin: true, credentials: true };\napp.use(cors(options));",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                'import cors, { type CorsOptions } from \'cors\';\nconst options: CorsOptions = { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true };\napp.use(cors(options));',
            },
          ],
        },
      ],
    },
    {
      code: "const cors = require('cors');\nconst corsOptions = { origin: true, credentials: true };\napp.use(cors(corsOptions));\napp.options('*', cors(corsOptions));",
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                "const cors = require('cors');\nconst corsOptions = { origin: process.env.CORS_ORIGINS?.split(\",\") ?? [], credentials: true };\napp.use(cors(corsOptions));\napp.options('*', cors(corsOptions));",
            },
          ],
        },
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                "const cors = require('cors');\nconst corsOptions = { origin: process.env.CORS_ORIGINS?.split(\",\") ?? [], credentials: true };\napp.use(cors(corsOptions));\napp.options('*', cors(corsOptions));",
            },
          ],
        },
      ],
    },
    {
      code: "import cors from 'cors';\napp.use(cors({ origin: process.env.CORS_ORIGIN || '*', credentials: true }));",
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`cors`',
            origin: 'every origin (`"*"` whenever `process.env.CORS_ORIGIN` is not set)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                'import cors from \'cors\';\napp.use(cors({ origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true }));',
            },
          ],
        },
      ],
    },
    {
      code: "import { Elysia } from 'elysia';\nimport { cors } from '@elysiajs/cors';\nconst app = new Elysia().use(cors()).listen(3000);",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`@elysiajs/cors`',
            origin: 'every origin (with no `origin`, `@elysiajs/cors` echoes the request Origin; `credentials` defaults to `true`)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                "import { Elysia } from 'elysia';\nimport { cors } from '@elysiajs/cors';\nconst app = new Elysia().use(cors({ origin: process.env.CORS_ORIGINS?.split(\",\") ?? [] })).listen(3000);",
            },
          ],
        },
      ],
    },
    {
      code: "import { Elysia } from 'elysia';\nimport { cors } from '@elysiajs/cors';\nnew Elysia().use(cors({ origin: (request: Request) => true, credentials: true }));",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`@elysiajs/cors`',
            origin: 'every origin (the origin function approves whatever Origin it is given)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                "import { Elysia } from 'elysia';\nimport { cors } from '@elysiajs/cors';\nnew Elysia().use(cors({ origin: process.env.CORS_ORIGINS?.split(\",\") ?? [], credentials: true }));",
            },
          ],
        },
      ],
    },
    {
      code: "const Hapi = require('@hapi/hapi');\nconst server = Hapi.server({ port: 3000, routes: { cors: { origin: ['*'], credentials: true } } });",
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: 'hapi `cors`',
            origin: 'every origin (`"*"` in the list)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 2,
          column: 69,
          endLine: 2,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                'const Hapi = require(\'@hapi/hapi\');\nconst server = Hapi.server({ port: 3000, routes: { cors: { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true } } });',
            },
          ],
        },
      ],
    },
    {
      code: "import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: 3000 });\nserver.route({ method: 'GET', path: '/me', options: { cors: { origin: ['*'], credentials: true } }, handler: () => 'ok' });",
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: 'hapi `cors`',
            origin: 'every origin (`"*"` in the list)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 3,
          column: 72,
          endLine: 3,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                "import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: 3000 });\nserver.route({ method: 'GET', path: '/me', options: { cors: { origin: process.env.CORS_ORIGINS?.split(\",\") ?? [], credentials: true } }, handler: () => 'ok' });",
            },
          ],
        },
      ],
    },
    {
      code: "import { createYoga } from 'graphql-yoga';\nconst yoga = createYoga({ schema, cors: { origin: '*', credentials: true } });",
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: 'GraphQL Yoga `cors`',
            origin: 'every origin (`"*"`)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                'import { createYoga } from \'graphql-yoga\';\nconst yoga = createYoga({ schema, cors: { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true } });',
            },
          ],
        },
      ],
    },
    {
      code: "import { createYoga } from 'graphql-yoga';\nconst yoga = createYoga({ schema, cors: { credentials: true } });",
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: 'GraphQL Yoga `cors`',
            origin: 'every origin (with no `origin`, GraphQL Yoga `cors` echoes the request Origin)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                'import { createYoga } from \'graphql-yoga\';\nconst yoga = createYoga({ schema, cors: { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true } });',
            },
          ],
        },
      ],
    },
    {
      code: "import { defineEventHandler, handleCors } from 'h3';\nexport default defineEventHandler((event) => {\n  if (handleCors(event, { origin: '*', credentials: true })) return;\n});",
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: { library: 'h3 CORS', origin: 'every origin (`"*"`)', allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []' },
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                'import { defineEventHandler, handleCors } from \'h3\';\nexport default defineEventHandler((event) => {\n  if (handleCors(event, { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true })) return;\n});',
            },
          ],
        },
      ],
    },
    {
      code: "import { defineConfig } from '@adonisjs/cors';\nconst corsConfig = defineConfig({ enabled: true, origin: true, methods: ['GET', 'POST'], credentials: true, maxAge: 90 });\nexport default corsConfig;",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: 'AdonisJS CORS',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 2,
          column: 58,
          endLine: 2,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                "import { defineConfig } from '@adonisjs/cors';\nconst corsConfig = defineConfig({ enabled: true, origin: process.env.CORS_ORIGINS?.split(\",\") ?? [], methods: ['GET', 'POST'], credentials: true, maxAge: 90 });\nexport default corsConfig;",
            },
          ],
        },
      ],
    },
    {
      code: "const cors = require('koa2-cors');\napp.use(cors({ origin: (ctx) => ctx.header.origin, credentials: true }));",
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`koa2-cors`',
            origin: 'every origin (the origin function approves whatever Origin it is given)',
            allowlist:
              'origin: (ctx) => ((process.env.CORS_ORIGINS?.split(",") ?? []).includes(ctx.get("Origin")) ? ctx.get("Origin") : "")',
          },
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                'const cors = require(\'koa2-cors\');\napp.use(cors({ origin: (ctx) => ((process.env.CORS_ORIGINS?.split(",") ?? []).includes(ctx.get("Origin")) ? ctx.get("Origin") : ""), credentials: true }));',
            },
          ],
        },
      ],
    },
    {
      code: "import cors = require('cors');\napp.use(cors({ origin: true, credentials: true }));",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                'import cors = require(\'cors\');\napp.use(cors({ origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true }));',
            },
          ],
        },
      ],
    },
    // Lambda handlers by their proxy result; a wildcard fallback for an unset setting
    {
      code: "export const handler = async (event) => {\n  const origin = event.headers.origin;\n  const resHeaders = {\n    'Access-Control-Allow-Credentials': 'true',\n    'Access-Control-Allow-Origin': origin,\n  };\n  return { headers: resHeaders, statusCode: 200 };\n};",
      filename: 'file.js',
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          data: { origin: "the request's own `Origin` header" },
          line: 5,
          column: 36,
          endLine: 5,
          endColumn: 42,
        },
      ],
    },
    {
      code: "const corsHeaders = {\n  'Access-Control-Allow-Origin': process.env.ALLOWED_ORIGIN || '*',\n  'Access-Control-Allow-Credentials': 'true',\n};\nexport const handler = async () => ({ statusCode: 501, headers: { ...corsHeaders }, body: '' });",
      filename: 'file.js',
      errors: [
        {
          messageId: 'reflectedOriginHeader',
          data: { origin: '`*` whenever `process.env.ALLOWED_ORIGIN` is not set' },
          line: 2,
          column: 34,
          endLine: 2,
          endColumn: 67,
        },
      ],
    },
    // nextjs-cors, micro-cors, restify-cors-middleware, @middy/http-cors, Nest gateways; the request Origin as the option; a wildcard unless a setting is present
    {
      code: "import NextCors from 'nextjs-cors';\nexport default async function handler(req, res) {\n  await NextCors(req, res, { methods: ['GET', 'POST'], origin: '*', credentials: true });\n  res.json({ ok: true });\n}",
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`nextjs-cors`',
            origin: 'every origin (`"*"`)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 3,
          column: 64,
          endLine: 3,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                "import NextCors from 'nextjs-cors';\nexport default async function handler(req, res) {\n  await NextCors(req, res, { methods: ['GET', 'POST'], origin: process.env.CORS_ORIGINS?.split(\",\") ?? [], credentials: true });\n  res.json({ ok: true });\n}",
            },
          ],
        },
      ],
    },
    {
      code: "import type { NextApiRequest, NextApiResponse } from 'next';\nimport NextCors from 'nextjs-cors';\nexport function nextCors(req: NextApiRequest, res: NextApiResponse) {\n  return NextCors(req, res, { origin: req.headers.origin, credentials: true });\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`nextjs-cors`',
            origin: "every origin (the option is set to the request's own Origin)",
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                "import type { NextApiRequest, NextApiResponse } from 'next';\nimport NextCors from 'nextjs-cors';\nexport function nextCors(req: NextApiRequest, res: NextApiResponse) {\n  return NextCors(req, res, { origin: process.env.CORS_ORIGINS?.split(\",\") ?? [], credentials: true });\n}",
            },
          ],
        },
      ],
    },
    {
      code: "import Cors from 'micro-cors';\nconst cors = Cors();\nexport default cors(handler);",
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`micro-cors`',
            origin: 'every origin (`"*"` is the default when `origin` is omitted; `allowCredentials` defaults to `true`)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                'import Cors from \'micro-cors\';\nconst cors = Cors({ origin: process.env.CORS_ORIGINS?.split(",") ?? [] });\nexport default cors(handler);',
            },
          ],
        },
      ],
    },
    {
      code: "const corsMiddleware = require('restify-cors-middleware2');\nconst cors = corsMiddleware({ origins: ['*'], credentials: true });\nserver.pre(cors.preflight);",
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`restify-cors-middleware`',
            origin: 'every origin (`"*"` in the list)',
            allowlist: 'origins: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                'const corsMiddleware = require(\'restify-cors-middleware2\');\nconst cors = corsMiddleware({ origins: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true });\nserver.pre(cors.preflight);',
            },
          ],
        },
      ],
    },
    {
      code: "import middy from '@middy/core';\nimport httpCors from '@middy/http-cors';\nexport const handler = middy(baseHandler).use(httpCors({ origin: '*', credentials: true }));",
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`@middy/http-cors`',
            origin: 'every origin (`"*"`)',
            allowlist: 'origins: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 3,
          column: 66,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                "import middy from '@middy/core';\nimport httpCors from '@middy/http-cors';\nexport const handler = middy(baseHandler).use(httpCors({ origins: process.env.CORS_ORIGINS?.split(\",\") ?? [], credentials: true }));",
            },
          ],
        },
      ],
    },
    {
      code: "import { WebSocketGateway } from '@nestjs/websockets';\n@WebSocketGateway({ cors: { origin: '*', credentials: true } })\nexport class SocketGateway {}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: 'Nest `@WebSocketGateway` `cors`',
            origin: 'every origin (`"*"`)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                'import { WebSocketGateway } from \'@nestjs/websockets\';\n@WebSocketGateway({ cors: { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true } })\nexport class SocketGateway {}',
            },
          ],
        },
      ],
    },
    {
      code: "import NextCors from 'nextjs-cors';\nconst origin = process.env.ORIGIN_MATCH ? new RegExp(process.env.ORIGIN_MATCH) : '*';\nexport async function cors(req, res) {\n  await NextCors(req, res, { origin, credentials: true });\n}",
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`nextjs-cors`',
            origin: 'every origin (`"*"` whenever `process.env.ORIGIN_MATCH` is not set)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 2,
          column: 82,
          endLine: 2,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                "import NextCors from 'nextjs-cors';\nconst origin = process.env.ORIGIN_MATCH ? new RegExp(process.env.ORIGIN_MATCH) : '*';\nexport async function cors(req, res) {\n  await NextCors(req, res, { origin: process.env.CORS_ORIGINS?.split(\",\") ?? [], credentials: true });\n}",
            },
          ],
        },
      ],
    },
    // Options delegates: the options handed to the callback, past the checks where they are built
    {
      code: "const cors = require('cors');\nconst corsOptionsDelegate = (req, callback) => {\n  callback(null, { origin: true, credentials: true });\n};\napp.use(cors(corsOptionsDelegate));",
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                'const cors = require(\'cors\');\nconst corsOptionsDelegate = (req, callback) => {\n  callback(null, { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true });\n};\napp.use(cors(corsOptionsDelegate));',
            },
          ],
        },
      ],
    },
    {
      code: "const cors = require('cors');\nfunction corsOptionsDelegate(req, callback) {\n  let corsOptions;\n  if (req.header('Origin').endsWith('example.com')) {\n    corsOptions = { origin: true, credentials: true };\n  } else {\n    corsOptions = { origin: false };\n  }\n  callback(null, corsOptions);\n}\napp.use(cors(corsOptionsDelegate));",
      errors: [
        {
          messageId: 'looseOriginCheck',
          data: { check: "req.header('Origin').endsWith('example.com')", example: 'https://attacker-example.com' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 51,
        },
      ],
    },
    {
      code: "import { NestFactory } from '@nestjs/core';\nconst app = await NestFactory.create(AppModule);\napp.enableCors((req, callback) => callback(null, { origin: req.header('Origin'), credentials: true }));",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: 'Nest CORS',
            origin: "every origin (the option is set to the request's own Origin)",
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 3,
          column: 60,
          endLine: 3,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                'import { NestFactory } from \'@nestjs/core\';\nconst app = await NestFactory.create(AppModule);\napp.enableCors((req, callback) => callback(null, { origin: process.env.CORS_ORIGINS?.split(",") ?? [], credentials: true }));',
            },
          ],
        },
      ],
    },
    // A shared options const a delegate hands out whatever the Origin
    {
      code: "const cors = require('cors');\nconst REFLECT = { origin: true, credentials: true };\nconst PUBLIC = { origin: '*' };\nmodule.exports = cors((req, callback) => callback(null, req.path.startsWith('/public') ? PUBLIC : REFLECT));",
      filename: 'file.js',
      errors: [
        {
          messageId: 'anyOriginWithCredentials',
          data: {
            library: '`cors`',
            origin: 'every origin (`origin: true` echoes whatever Origin the request sends)',
            allowlist: 'origin: process.env.CORS_ORIGINS?.split(",") ?? []',
          },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'useAllowlist',
              output:
                "const cors = require('cors');\nconst REFLECT = { origin: process.env.CORS_ORIGINS?.split(\",\") ?? [], credentials: true };\nconst PUBLIC = { origin: '*' };\nmodule.exports = cors((req, callback) => callback(null, req.path.startsWith('/public') ? PUBLIC : REFLECT));",
            },
          ],
        },
      ],
    },
  ],
});
