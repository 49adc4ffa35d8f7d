import rule from '../../src/rules/no-unvalidated-url-fetch';
import { createRuleTester } from '../rule-tester';

createRuleTester().run('no-unvalidated-url-fetch', rule, {
  valid: [
    // A fetch parameter of a function no framework calls with an event is whatever its caller passes.
    {
      code: "export function createLoader({ fetch }) {\n  return (src) => fetch(src, { redirect: 'error' });\n}",
      filename: 'file.ts',
    },
    // A switch on the parsed host whose default exits, before the request.
    "import axios from 'axios';\napp.get('/p', async (req, res) => {\n  switch (new URL(req.query.url).hostname) {\n    case 'api.github.com':\n    case 'api.stripe.com':\n      break;\n    default:\n      throw new Error('host not allowed');\n  }\n  res.json((await axios.get(req.query.url, { maxRedirects: 0 })).data);\n});",
    // A helper handed the parsed host decides with a switch.
    "import { request } from 'undici';\nfunction isKnownService(hostname) {\n  switch (hostname) {\n    case 'api.github.com':\n      return true;\n    default:\n      return false;\n  }\n}\napp.get('/probe', async (req, res) => {\n  const target = new URL(req.query.target);\n  if (!isKnownService(target.hostname)) return res.status(400).end();\n  res.json((await request(target)).statusCode);\n});",
    // Request data only after a host the code fixes.
    "app.get('/u/:name', async (req, res) => { res.json(await fetch(`https://api.github.com/users/${req.params.name}`)); });",
    // The parsed host compared with an allowlist, a constant, a helper, a switch.
    "const ALLOWED = new Set(['images.example.com']);\napp.get('/img', async (req, res) => {\n  const target = new URL(req.query.url);\n  if (!ALLOWED.has(target.hostname)) return res.status(400).end();\n  res.send(await fetch(target, { redirect: 'error' }));\n});",
    "app.get('/img', async (req, res) => {\n  const { hostname } = new URL(req.query.url);\n  if (hostname !== 'images.example.com') return res.status(400).end();\n  res.send(await fetch(req.query.url, { redirect: 'error' }));\n});",
    "const ALLOWED = ['a.example.com', 'b.example.com'];\nfunction isAllowed(raw) { return ALLOWED.includes(new URL(raw).hostname); }\napp.get('/p', async (req, res) => { if (!isAllowed(req.query.url)) return res.sendStatus(400); res.send(await fetch(req.query.url, { redirect: 'error' })); });",
    "function assertAllowed(raw) { const u = new URL(raw); if (u.hostname !== 'api.partner.com') throw new Error('host'); }\napp.post('/p', async (req, res) => { assertAllowed(req.body.url); res.send(await fetch(req.body.url, { redirect: 'error' })); });",
    // The resolved address screened for private ranges.
    "import dns from 'node:dns/promises';\nimport ipaddr from 'ipaddr.js';\nexport async function preview(req, res) {\n  const { hostname } = new URL(req.query.url);\n  const { address } = await dns.lookup(hostname);\n  if (ipaddr.parse(address).range() !== 'unicast') return res.status(400).end();\n  res.send(await fetch(req.query.url, { redirect: 'error' }));\n}",
    // A connect-time address filter.
    "import { useAgent } from 'request-filtering-agent';\nimport fetch from 'node-fetch';\napp.get('/p', async (req, res) => { res.send(await fetch(req.query.url, { agent: useAgent(req.query.url), redirect: 'error' })); });",
    // Not request data: reported by nothing here (no-redirect-fetch has an option for it).
    'async function load(url) { return fetch(url); }',
    "app.get('/p', async (req, res) => { res.json(await fetch(`${process.env.API_URL}/search?q=${req.query.q}`)); });",
    // Browser code.
    "'use client';\nexport async function preview(url) { return fetch(url); }",
    "app.get('/p', async (req, res) => { switch (new URL(req.query.url).hostname) { case 'a.example.com': return res.send(await fetch(req.query.url, { redirect: 'error' })); default: return res.sendStatus(400); } });",
    "const hosts = { github: 'https://api.github.com' };\napp.get('/p', async (req, res) => { res.json(await fetch(`${hosts.github}/repos/${req.query.repo}`)); });",
  ],
  invalid: [
    // SvelteKit: the fetch a server handler receives on its event is the platform's fetch.
    {
      code: "import type { RequestHandler } from './$types';\nexport const GET: RequestHandler = async ({ url, fetch }) => {\n  const upstream = await fetch(url.searchParams.get('src') ?? '', { redirect: 'error' });\n  return new Response(upstream.body);\n};",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'unvalidatedRequestUrl',
          data: { url: "url.searchParams.get('src') ?? ''", source: 'url.searchParams' },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 65,
        },
      ],
    },
    // @nestjs/axios: the axios instance behind an injected HttpService (`axiosRef`) makes requests too.
    {
      code: "import { Body, Controller, Post } from '@nestjs/common';\nimport { HttpService } from '@nestjs/axios';\n@Controller('preview')\nexport class PreviewController {\n  constructor(private readonly http: HttpService) {}\n  @Post()\n  async preview(@Body('url') url: string) {\n    const { data } = await this.http.axiosRef.get(url, { maxRedirects: 0 });\n    return data;\n  }\n}",
      filename: 'file.ts',
      errors: [
        {
          messageId: 'unvalidatedRequestUrl',
          data: { url: 'url', source: "@Body('url')" },
          line: 8,
          column: 51,
          endLine: 8,
          endColumn: 54,
        },
      ],
    },
    // A helper that answers with { statusCode } is still a helper when this file calls it, not a Lambda handler.
    {
      code: "import { Hono } from 'hono';\nimport { request } from 'undici';\nasync function headInfo(target) {\n  const { statusCode } = await request(target, { method: 'HEAD' });\n  return { statusCode };\n}\nconst app = new Hono();\napp.get('/link-info', async (c) => c.json(await headInfo(c.req.query('link'))));",
      errors: [
        {
          messageId: 'unvalidatedRequestUrl',
          data: { url: 'target', source: "c.req.query('link')" },
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 46,
        },
      ],
    },
    {
      code: "app.get('/proxy', async (req, res) => { res.send(await fetch(req.query.url, { redirect: 'error' })); });",
      errors: [
        {
          messageId: 'unvalidatedRequestUrl',
          data: { url: 'req.query.url', source: 'req.query' },
          line: 1,
          column: 62,
          endLine: 1,
          endColumn: 75,
        },
      ],
    },
    {
      code: "import axios from 'axios';\nexport async function preview(req, res) {\n  const { url } = req.body;\n  if (!url.startsWith('https://partner.example.com')) return res.status(400).end();\n  res.json((await axios.get(url, { maxRedirects: 0 })).data);\n}",
      errors: [
        {
          messageId: 'rawStringHostCheck',
          data: { check: "url.startsWith('https://partner.example.com')" },
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 53,
        },
      ],
    },
    {
      code: "router.post('/hook', async (ctx) => { const target = ctx.request.body.callback; if (!/example\\.com/.test(target)) ctx.throw(400); await fetch(target, { method: 'POST', redirect: 'manual' }); ctx.status = 204; });",
      errors: [
        {
          messageId: 'rawStringHostCheck',
          data: { check: '/example\\.com/.test(target)' },
          line: 1,
          column: 86,
          endLine: 1,
          endColumn: 113,
        },
      ],
    },
    {
      code: "import https from 'node:https';\napp.get('/raw', (req, res) => { https.get(req.query.url, (upstream) => upstream.pipe(res)); });",
      errors: [
        {
          messageId: 'unvalidatedRequestUrl',
          data: { url: 'req.query.url', source: 'req.query' },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 56,
        },
      ],
    },
    {
      code: "import { request } from 'undici';\napp.get('/p', async (req, res) => { const { body } = await request(req.query.url); body.pipe(res); });",
      errors: [
        {
          messageId: 'unvalidatedRequestUrl',
          data: { url: 'req.query.url', source: 'req.query' },
          line: 2,
          column: 68,
          endLine: 2,
          endColumn: 81,
        },
      ],
    },
    {
      code: "export async function GET(request: NextRequest) { const target = request.nextUrl.searchParams.get('u')!; if (target.includes('cdn.example.com')) { return fetch(target, { redirect: 'error' }); } return new Response(null, { status: 400 }); }",
      errors: [
        {
          messageId: 'rawStringHostCheck',
          data: { check: "target.includes('cdn.example.com')" },
          line: 1,
          column: 110,
          endLine: 1,
          endColumn: 144,
        },
      ],
    },
    {
      code: "import got from 'got';\nconst client = got.extend({ followRedirect: false });\nexports.check = async (req, res) => { res.json(await client(req.body.url).json()); };",
      errors: [
        {
          messageId: 'unvalidatedRequestUrl',
          data: { url: 'req.body.url', source: 'req.body' },
          line: 3,
          column: 61,
          endLine: 3,
          endColumn: 73,
        },
      ],
    },
    {
      code: "import { HttpService } from '@nestjs/axios';\nimport { Body, Controller, Post } from '@nestjs/common';\n@Controller('webhooks')\nexport class WebhookController {\n  constructor(private readonly http: HttpService) {}\n  @Post('test')\n  test(@Body('url') url: string) { return this.http.post(url, { ping: true }, { maxRedirects: 0 }); }\n}",
      errors: [
        {
          messageId: 'unvalidatedRequestUrl',
          data: { url: 'url', source: "@Body('url')" },
          line: 7,
          column: 58,
          endLine: 7,
          endColumn: 61,
        },
      ],
    },
    {
      code: "'use server';\nexport async function probe(url: string) { return (await fetch(url, { redirect: 'manual' })).status; }",
      errors: [
        { messageId: 'unvalidatedRequestUrl', data: { url: 'url', source: 'probe(url)' }, line: 2, column: 64, endLine: 2, endColumn: 67 },
      ],
    },
    {
      code: "app.get('/status', async (req, res) => { res.json(await fetch(`http://${req.query.host}:${req.query.port}/health`, { redirect: 'error' })); });",
      errors: [
        {
          messageId: 'unvalidatedRequestUrl',
          data: { url: 'http://${req.query.host}:${req.query.port}/health', source: 'req.query' },
          line: 1,
          column: 63,
          endLine: 1,
          endColumn: 114,
        },
      ],
    },
    // A module chosen at run time (`secure ? https : http`), with a callback as the second argument.
    {
      code: "import http from 'node:http';\nimport https from 'node:https';\nfunction open(target) {\n  const client = target.protocol === 'https:' ? https : http;\n  return new Promise((resolve) => { client.get(target, resolve); });\n}\nrouter.get('/mirror', async (ctx) => { ctx.body = await open(new URL(ctx.query.src)); });",
      errors: [
        {
          messageId: 'unvalidatedRequestUrl',
          data: { url: 'target', source: 'ctx.query' },
          line: 5,
          column: 48,
          endLine: 5,
          endColumn: 54,
        },
      ],
    },
  ],
});
