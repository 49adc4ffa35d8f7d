import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { requestModel } from '../../src/analysis/request-model';
import { createRuleTester } from '../rule-tester';

/** Reports the client data the first argument of every `sink(...)` call carries. */
const probe = ESLintUtils.RuleCreator.withoutDocs<[], 'input'>({
  meta: { type: 'problem', schema: [], messages: { input: '{{source}}|{{header}}' } },
  defaultOptions: [],
  create(context) {
    return {
      'CallExpression[callee.name="sink"]'(node: TSESTree.CallExpression) {
        const [argument] = node.arguments;
        if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
        const input = requestModel(context.sourceCode).inputOf(argument);
        if (input) context.report({ node: argument, messageId: 'input', data: { source: input.source, header: input.header ?? '' } });
      },
    };
  },
});

createRuleTester().run('request-model', probe, {
  valid: [
    // Values that are not client data.
    "sink('https://example.com');",
    'const query = load(); sink(query.url);',
    // A parameter is a request only by a shape frameworks produce, never by its name.
    'function handler(req) { sink(req.query.url); }',
    'function build(opts) { return sink(opts.body.url); }',
    // A helper this file calls itself returns a status, but it is not a Lambda handler: its parameter is what callers pass.
    'async function headInfo(target) { sink(target.headers.origin); return { statusCode: 200 }; }\nheadInfo(config);',
    'app.use((req, res, next) => { sink(req.query.url); next(); });',
    // The body of a response this server fetched, not of the request it received.
    "app.get('/x', async (req, res) => { const response = await fetch(x); sink((await response.json()).url); });",
    // Booleans and numbers derived from client data carry none of it.
    "app.get('/x', (req, res) => sink(req.query.url.startsWith('https:')));",
    "app.get('/x', (req, res) => sink(req.body.items.length));",
    // The URL the server was reached at: its host is the server's own.
    'export function GET(request) { sink(request.url); }',
    "export function GET(request) { sink(new URL('/api/items', request.url)); }",
    // Not exported, so no framework calls it with a request.
    'async function GET(request) { sink(await request.json()); }',
    // A local helper whose callers pass configuration, not request data.
    'function fetchIt(url) { sink(url); } fetchIt(config.url);',
    // A `(doc, next)` hook that sets no response header is no Koa middleware.
    "schema.post('save', function (doc, next) { sink(doc.get('origin')); doc.set('status', 'saved'); next(); });",
    // A function that returns a status of its own is no Lambda handler unless the result is a proxy result.
    'export const handler = async (event) => { sink(event.headers.origin); return { status: 200 }; };',
    // A `Request` type the file declares itself is not the fetch API's.
    "interface Request { headers: Map<string, string> }\nexport function cors(req: Request) { sink(req.headers.get('origin')); }",
    // A reassignment that always runs replaces the client value.
    "router.post('/x', (req, res) => { let url = req.query.u; url = DEFAULT_URL; sink(url); res.end(); });",
  ],
  invalid: [
    {
      // Express handler registered for a path
      code: "app.get('/', (req, res) => sink(req.query.url));",
      errors: [{ messageId: 'input', data: { source: 'req.query', header: '' }, line: 1, column: 33, endLine: 1, endColumn: 46 }],
    },
    {
      // a controller wired in another file (its response is used)
      code: 'exports.preview = async (req, res) => { const { url } = req.body; sink(url); res.json({}); };',
      errors: [{ messageId: 'input', data: { source: 'req.body', header: '' }, line: 1, column: 72, endLine: 1, endColumn: 75 }],
    },
    {
      // a container destructured from the request
      code: 'module.exports = (req, res) => { const { params } = req; sink(params.id); res.end(); };',
      errors: [{ messageId: 'input', data: { source: 'req.params', header: '' }, line: 1, column: 63, endLine: 1, endColumn: 72 }],
    },
    {
      // reassigned through a string method
      code: "router.post('/x', (req, res) => { let url = req.query.u; url = url.trim(); sink('x' + url); });",
      errors: [{ messageId: 'input', data: { source: 'req.query', header: '' }, line: 1, column: 81, endLine: 1, endColumn: 90 }],
    },
    {
      // Koa context
      code: "router.get('/x', async (ctx) => { sink(ctx.request.body.link); ctx.body = 'ok'; });",
      errors: [{ messageId: 'input', data: { source: 'ctx.request.body', header: '' }, line: 1, column: 40, endLine: 1, endColumn: 61 }],
    },
    {
      // Koa context in a template
      code: 'app.use(async (ctx) => { sink(`https://${ctx.query.host}/x`); ctx.status = 204; });',
      errors: [{ messageId: 'input', data: { source: 'ctx.query', header: '' }, line: 1, column: 31, endLine: 1, endColumn: 60 }],
    },
    {
      // Hono context
      code: "app.get('/p', async (c) => { sink(c.req.query('u')); return c.text('ok'); });",
      errors: [{ messageId: 'input', data: { source: "c.req.query('u')", header: '' }, line: 1, column: 35, endLine: 1, endColumn: 51 }],
    },
    {
      // Fastify handler
      code: "fastify.post('/x', async (request, reply) => { sink(request.body.url); return reply.send({}); });",
      errors: [{ messageId: 'input', data: { source: 'request.body', header: '' }, line: 1, column: 53, endLine: 1, endColumn: 69 }],
    },
    {
      // Next.js route handler
      code: "export async function GET(request: NextRequest) { sink(request.nextUrl.searchParams.get('u')!); }",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'input',
          data: { source: 'request.nextUrl.searchParams', header: '' },
          line: 1,
          column: 56,
          endLine: 1,
          endColumn: 94,
        },
      ],
    },
    {
      // the query of the request URL
      code: "export function GET(request) { const { searchParams } = new URL(request.url); sink(String(searchParams.get('u'))); }",
      errors: [
        { messageId: 'input', data: { source: 'request.url.searchParams', header: '' }, line: 1, column: 84, endLine: 1, endColumn: 113 },
      ],
    },
    {
      // a Next.js request body
      code: 'export async function POST(request) { const { url } = await request.json(); sink(url); }',
      errors: [{ messageId: 'input', data: { source: 'request.json()', header: '' }, line: 1, column: 82, endLine: 1, endColumn: 85 }],
    },
    {
      // Next.js route params
      code: 'export async function GET(req, { params }) { sink(params.slug); }',
      errors: [{ messageId: 'input', data: { source: 'params', header: '' }, line: 1, column: 51, endLine: 1, endColumn: 62 }],
    },
    {
      // SvelteKit event
      code: "export async function GET({ url }) { sink(url.searchParams.get('u')); }",
      errors: [{ messageId: 'input', data: { source: 'url.searchParams', header: '' }, line: 1, column: 43, endLine: 1, endColumn: 68 }],
    },
    {
      // Nest guards, interceptors and filters reach the request through the execution context
      code: 'export class G { canActivate(context) { const req = context.switchToHttp().getRequest(); sink(req.query.url); return true; } }',
      errors: [{ messageId: 'input', data: { source: 'req.query', header: '' }, line: 1, column: 95, endLine: 1, endColumn: 108 }],
    },
    {
      // SvelteKit form actions
      code: 'export const actions = { default: async ({ request }) => { sink(await request.text()); } };',
      errors: [{ messageId: 'input', data: { source: 'request.text()', header: '' }, line: 1, column: 65, endLine: 1, endColumn: 85 }],
    },
    {
      // a "use server" module exports Server Functions
      code: "'use server';\nexport async function importFeed(formData) { sink(formData.get('url')); }",
      errors: [
        { messageId: 'input', data: { source: 'importFeed(formData)', header: '' }, line: 2, column: 51, endLine: 2, endColumn: 70 },
      ],
    },
    {
      // an inline Server Function
      code: "export default function Page() { async function save(url) { 'use server'; sink(url); } return save; }",
      errors: [{ messageId: 'input', data: { source: 'save(url)', header: '' }, line: 1, column: 80, endLine: 1, endColumn: 83 }],
    },
    {
      // Next.js page searchParams
      code: 'export default async function Page({ searchParams }) { sink(searchParams.u); }',
      errors: [{ messageId: 'input', data: { source: 'searchParams', header: '' }, line: 1, column: 61, endLine: 1, endColumn: 75 }],
    },
    {
      // Nest @Query()
      code: "import { Controller, Get, Query } from '@nestjs/common';\nclass C { @Get() preview(@Query('url') url: string) { sink(url); } }",
      filename: 'file.ts',
      errors: [{ messageId: 'input', data: { source: "@Query('url')", header: '' }, line: 2, column: 60, endLine: 2, endColumn: 63 }],
    },
    {
      // Nest @Req()
      code: "import { Req } from '@nestjs/common';\nclass C { preview(@Req() req) { sink(req.query.url); } }",
      filename: 'file.ts',
      errors: [{ messageId: 'input', data: { source: 'req.query', header: '' }, line: 2, column: 38, endLine: 2, endColumn: 51 }],
    },
    {
      // a parameter typed with express' Request
      code: "import { Request } from 'express';\nexport async function preview(req: Request) { sink(req.query.url); }",
      filename: 'file.ts',
      errors: [{ messageId: 'input', data: { source: 'req.query', header: '' }, line: 2, column: 52, endLine: 2, endColumn: 65 }],
    },
    {
      // returned by a local helper
      code: "function target(req) { return req.query.url; }\napp.get('/x', (req, res) => { sink(target(req)); res.end(); });",
      errors: [{ messageId: 'input', data: { source: 'req.query', header: '' }, line: 2, column: 36, endLine: 2, endColumn: 47 }],
    },
    {
      // passed into a local helper
      code: "function fetchIt(url) { sink(url); }\nrouter.get('/x', (req, res) => { fetchIt(req.body.url); res.end(); });",
      errors: [{ messageId: 'input', data: { source: 'req.body', header: '' }, line: 1, column: 30, endLine: 1, endColumn: 33 }],
    },
    {
      // AWS Lambda event
      code: 'export const handler = async (event) => { sink(event.queryStringParameters.url); };',
      errors: [
        { messageId: 'input', data: { source: 'event.queryStringParameters', header: '' }, line: 1, column: 48, endLine: 1, endColumn: 79 },
      ],
    },
    {
      // a Koa middleware wired elsewhere: a context and a `next` it calls, and a response header it sets
      code: "module.exports = async (ctx, next) => { ctx.set('Access-Control-Allow-Origin', ctx.headers.origin); sink(ctx.get('Origin')); await next(); };",
      errors: [
        { messageId: 'input', data: { source: "ctx.get('Origin')", header: 'origin' }, line: 1, column: 106, endLine: 1, endColumn: 123 },
      ],
    },
    {
      // a parameter typed with the fetch API's global `Request` (Deno, Bun, Workers, Supabase Edge Functions)
      code: "export function corsHeaders(req: Request) { sink(req.headers.get('origin')); }",
      errors: [
        {
          messageId: 'input',
          data: { source: "req.headers.get('origin')", header: 'origin' },
          line: 1,
          column: 50,
          endLine: 1,
          endColumn: 75,
        },
      ],
    },
    {
      // a Lambda or Netlify handler, by the API Gateway proxy result it returns
      code: 'export const handler = async (event) => { const origin = event.headers.origin; sink(origin); return { statusCode: 200, headers: {} }; };',
      errors: [
        { messageId: 'input', data: { source: 'event.headers.origin', header: 'origin' }, line: 1, column: 85, endLine: 1, endColumn: 91 },
      ],
    },
    {
      // Node http request listener
      code: "server.on('request', (req, res) => { sink(req.headers.origin); res.end(); });",
      errors: [
        { messageId: 'input', data: { source: 'req.headers.origin', header: 'origin' }, line: 1, column: 43, endLine: 1, endColumn: 61 },
      ],
    },
    {
      // a header read
      code: "module.exports = function (req, res) { sink(req.get('Origin')); res.send(''); };",
      errors: [
        { messageId: 'input', data: { source: "req.get('Origin')", header: 'origin' }, line: 1, column: 45, endLine: 1, endColumn: 62 },
      ],
    },
    {
      // node:http createServer
      code: "import http from 'node:http';\nhttp.createServer((req) => sink(new URL(req.url, 'http://x').searchParams.get('u')));",
      errors: [
        {
          messageId: 'input',
          data: { source: "new URL(req.url, 'http://x').searchParams", header: '' },
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 83,
        },
      ],
    },
    {
      // a promise callback
      code: 'export function POST(request) { return request.json().then((body) => sink(body.url)); }',
      errors: [{ messageId: 'input', data: { source: 'request.json()', header: '' }, line: 1, column: 75, endLine: 1, endColumn: 83 }],
    },
    {
      // for...of over request data
      code: "router.post('/x', (req, res) => { for (const u of req.body.urls) sink(u); res.end(); });",
      errors: [{ messageId: 'input', data: { source: 'req.body', header: '' }, line: 1, column: 71, endLine: 1, endColumn: 72 }],
    },
    {
      // an iteration callback
      code: "router.post('/x', (req, res) => { req.body.urls.map((u) => sink(u)); res.end(); });",
      errors: [{ messageId: 'input', data: { source: 'req.body', header: '' }, line: 1, column: 65, endLine: 1, endColumn: 66 }],
    },
    {
      // a member assigned on a local object
      code: "router.post('/x', (req, res) => { const opts = {}; opts.url = req.query.u; sink(opts.url); res.end(); });",
      errors: [{ messageId: 'input', data: { source: 'req.query', header: '' }, line: 1, column: 81, endLine: 1, endColumn: 89 }],
    },
    {
      // TypeScript import-equals require of express
      code: "import jwt = require('express');\nconst app = jwt();\napp.get(somePath, (req) => sink(req.query.u));",
      filename: 'file.ts',
      errors: [{ messageId: 'input', data: { source: 'req.query', header: '' }, line: 3, column: 33, endLine: 3, endColumn: 44 }],
    },
    {
      // this.helper(req) in a class
      code: 'class Api { async preview(req, res) { sink(this.target(req)); res.json({}); } target(req) { return req.body.url; } }',
      errors: [{ messageId: 'input', data: { source: 'req.body', header: '' }, line: 1, column: 44, endLine: 1, endColumn: 60 }],
    },
  ],
});
