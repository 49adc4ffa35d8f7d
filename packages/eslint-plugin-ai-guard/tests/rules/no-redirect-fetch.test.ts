import rule from '../../src/rules/no-redirect-fetch';
import { createRuleTester } from '../rule-tester';

createRuleTester().run('no-redirect-fetch', rule, {
  valid: [
    // Browser code: a redirect there cannot reach the server's network.
    "const next = document.querySelector('link[rel=next]');\nexport async function loadMore() { return fetch(next.href); }",
    "'use client';\nexport function Preview({ url }) { return fetch(url); }",
    "self.addEventListener('fetch', (event) => { event.respondWith(fetch(event.request)); });",
    // Non-constant URLs that no request input reaches are reported only with `reportNonConstantUrls`.
    'async function load(url) { return fetch(url); }',
    "async function notify(tenant) { return fetch(tenant.webhookUrl, { method: 'POST' }); }",
    // Request data only after a host the code fixes.
    "app.get('/u/:name', async (req, res) => { res.json(await fetch(`https://api.github.com/users/${req.params.name}`)); });",
    "app.get('/items/:id', async (req, res) => { res.json(await fetch(`/api/items/${req.params.id}`)); });",
    "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.example.com' });\napp.get('/u/:id', async (req, res) => { res.json((await api.get(`/users/${req.params.id}`)).data); });",
    "import got from 'got';\nconst client = got.extend({ prefixUrl: 'https://api.example.com' });\napp.get('/p', async (req, res) => { res.json(await client.get(req.query.path).json()); });",
    "app.get('/p', async (req, res) => { res.json(await fetch(`${process.env.API_URL}/search?q=${req.query.q}`)); });",
    "export async function GET(request) { return fetch(new URL('/api/health', request.url)); }",
    'export async function GET(request) { return fetch(`${request.nextUrl.origin}/api/health`); }',
    // Redirects off.
    "app.get('/p', async (req, res) => { res.send(await fetch(req.query.url, { redirect: 'manual' })); });",
    "const init = { redirect: 'error' };\napp.get('/p', async (req, res) => { res.send(await fetch(req.query.url, init)); });",
    "import fetch from 'node-fetch';\napp.get('/p', async (req, res) => { res.send(await fetch(req.query.url, { follow: 0 })); });",
    "import axios from 'axios';\nconst client = axios.create({ maxRedirects: 0 });\napp.get('/p', async (req, res) => { res.send((await client.get(req.query.url)).data); });",
    "import got from 'got';\napp.get('/p', async (req, res) => { res.send(await got(req.query.url, { followRedirect: false }).text()); });",
    "import superagent from 'superagent';\napp.get('/p', async (req, res) => { res.send((await superagent.get(req.query.url).redirects(0)).text); });",
    "import ky from 'ky';\napp.get('/p', async (req, res) => { res.send(await ky.get(req.query.url, { redirect: 'error' }).text()); });",
    "import { ofetch } from 'ofetch';\nconst api = ofetch.create({ redirect: 'manual' });\napp.get('/p', async (req, res) => { res.send(await api(req.query.url)); });",
    "import axios from 'axios';\napp.get('/p', async (req, res) => { res.send((await axios.get(req.query.url, { beforeRedirect: (options) => assertPublic(options.hostname) })).data); });",
    // Clients that do not follow redirects by default.
    "import needle from 'needle';\napp.get('/p', (req, res) => { needle('get', req.query.url).pipe(res); });",
    "import { request } from 'undici';\napp.get('/p', async (req, res) => { (await request(req.query.url)).body.pipe(res); });",
    "import https from 'node:https';\napp.get('/p', (req, res) => { https.get(req.query.url, (upstream) => upstream.pipe(res)); });",
    // Connect-time address filters.
    "import { useAgent } from 'request-filtering-agent';\nimport fetch from 'node-fetch';\napp.get('/p', async (req, res) => { res.send(await fetch(req.query.url, { agent: useAgent(req.query.url) })); });",
    "import ssrfFilter from 'ssrf-req-filter';\nimport axios from 'axios';\napp.get('/p', async (req, res) => { const url = req.query.url; res.send((await axios.get(url, { httpAgent: ssrfFilter(url), httpsAgent: ssrfFilter(url) })).data); });",
    "import { Agent } from 'undici';\nconst dispatcher = new Agent({ connect: { lookup: publicOnlyLookup } });\napp.get('/p', async (req, res) => { res.send(await fetch(req.query.url, { dispatcher })); });",
    {
      code: "const { RequestFilteringHttpsAgent } = require('request-filtering-agent');\napp.get('/p', async (req, res) => { res.send(await fetch(req.query.url, { agent: new RequestFilteringHttpsAgent() })); });",
      options: [{ trustCustomAgents: false }],
    },
    // Options or URLs that cannot be read are never guessed.
    "app.get('/p', async (req, res) => { res.send(await fetch(req.query.url, buildInit(req))); });",
    "import axios from 'axios';\nasync function send(config) { return axios(config); }",
    "import axios from 'axios';\naxios.defaults.maxRedirects = 0;\napp.get('/p', async (req, res) => { res.send((await axios.get(req.query.url)).data); });",
    { code: 'export default { async fetch(request: Request) { return fetch(request); } };', filename: 'worker.ts' },
    // Not the global fetch.
    "function fetch(url) { return cache.get(url); }\napp.get('/p', async (req, res) => { res.send(await fetch(req.query.url)); });",
    // A parameter is a request only by a shape frameworks produce.
    'function load(req) { return fetch(req.query.url); }',
    // With `reportNonConstantUrls`: constant URLs, fixed hosts and configured hosts stay quiet.
    { code: "async function load() { return fetch('https://api.example.com/status'); }", options: [{ reportNonConstantUrls: true }] },
    {
      code: "const STATUS_URL = 'https://api.example.com/status';\nasync function load() { return fetch(STATUS_URL); }",
      options: [{ reportNonConstantUrls: true }],
    },
    {
      code: 'async function user(name) { return fetch(`https://api.github.com/users/${name}`); }',
      options: [{ reportNonConstantUrls: true }],
    },
    { code: 'async function item(id) { return fetch(`/api/items/${id}`); }', options: [{ reportNonConstantUrls: true }] },
    {
      code: "const API_BASE = 'https://api.example.com';\nasync function item(path) { return fetch(new URL(path, API_BASE)); }",
      options: [{ reportNonConstantUrls: true }],
    },
    {
      code: "const API_BASE = 'https://api.example.com/';\nasync function item(id) { return fetch(API_BASE + 'items/' + id); }",
      options: [{ reportNonConstantUrls: true }],
    },
    {
      code: "const ENDPOINTS = { users: 'https://users.example.com', orders: 'https://orders.example.com' };\nasync function load(service) { return fetch(ENDPOINTS[service]); }",
      options: [{ reportNonConstantUrls: true }],
    },
    {
      code: 'const endpoint = (path) => `https://api.example.com/${path}`;\nasync function load(path) { return fetch(endpoint(path)); }',
      options: [{ reportNonConstantUrls: true }],
    },
    {
      code: "async function load(id) { let url = 'https://api.example.com/items'; if (id) url += `/${id}`; return fetch(url); }",
      options: [{ reportNonConstantUrls: true }],
    },
    {
      code: "async function load() { return fetch(process.env.DEV ? 'http://localhost:3000' : 'https://api.example.com'); }",
      options: [{ reportNonConstantUrls: true }],
    },
    {
      code: 'async function load(path) { return fetch(`${process.env.API_URL}/v1/${path}`); }',
      options: [{ reportNonConstantUrls: true }],
    },
    {
      code: "import { config } from './config';\nasync function load(path) { return fetch(`${config.apiBaseUrl}${path}`); }",
      options: [{ reportNonConstantUrls: true }],
    },
    {
      code: 'class Service { constructor(config) { this.baseUrl = config.url; } async get(id) { return fetch(`${this.baseUrl}/users/${id}`); } }',
      options: [{ reportNonConstantUrls: true }],
    },
    // React components run in the browser unless a server renders them; only request data makes them server code.
    {
      code: "import { useEffect } from 'react';\nexport function Avatar({ src }) { useEffect(() => { fetch(src); }, [src]); return null; }",
      options: [{ reportNonConstantUrls: true }],
    },
  ],
  invalid: [
    // Request data picks the host: reported by default.
    {
      code: "app.get('/proxy', async (req, res) => { res.send(await fetch(req.query.url)); });",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: '`fetch`', url: 'req.query.url', source: 'req.query', option: 'redirect: "error"' },
          line: 1,
          column: 62,
          endLine: 1,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output: 'app.get(\'/proxy\', async (req, res) => { res.send(await fetch(req.query.url, { redirect: "error" })); });',
            },
          ],
        },
      ],
    },
    {
      code: "export async function GET(request: NextRequest) { const target = request.nextUrl.searchParams.get('url')!; return fetch(target); }",
      filename: 'route.ts',
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: '`fetch`', url: 'target', source: 'request.nextUrl.searchParams', option: 'redirect: "error"' },
          line: 1,
          column: 121,
          endLine: 1,
          endColumn: 127,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                'export async function GET(request: NextRequest) { const target = request.nextUrl.searchParams.get(\'url\')!; return fetch(target, { redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: 'export async function POST(request: Request) { const { url } = await request.json(); return fetch(url); }',
      filename: 'route.ts',
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: '`fetch`', url: 'url', source: 'request.json()', option: 'redirect: "error"' },
          line: 1,
          column: 99,
          endLine: 1,
          endColumn: 102,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                'export async function POST(request: Request) { const { url } = await request.json(); return fetch(url, { redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: "import axios from 'axios';\nrouter.post('/preview', async (ctx) => { ctx.body = await axios.get(ctx.request.body.link); });",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: 'axios', url: 'ctx.request.body.link', source: 'ctx.request.body', option: 'maxRedirects: 0' },
          line: 2,
          column: 69,
          endLine: 2,
          endColumn: 90,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirects: 0' },
              output:
                "import axios from 'axios';\nrouter.post('/preview', async (ctx) => { ctx.body = await axios.get(ctx.request.body.link, { maxRedirects: 0 }); });",
            },
          ],
        },
      ],
    },
    {
      code: "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.example.com' });\napp.get('/avatar', async (req, res) => { res.send((await api.get(req.query.src)).data); });",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: 'axios', url: 'req.query.src', source: 'req.query', option: 'maxRedirects: 0' },
          line: 3,
          column: 66,
          endLine: 3,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirects: 0' },
              output:
                "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.example.com' });\napp.get('/avatar', async (req, res) => { res.send((await api.get(req.query.src, { maxRedirects: 0 })).data); });",
            },
          ],
        },
      ],
    },
    {
      code: "app.get('/status', async (req, res) => { res.json(await fetch(`https://${req.query.host}/status`)); });",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: '`fetch`', url: 'https://${req.query.host}/status', source: 'req.query', option: 'redirect: "error"' },
          line: 1,
          column: 63,
          endLine: 1,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                'app.get(\'/status\', async (req, res) => { res.json(await fetch(`https://${req.query.host}/status`, { redirect: "error" })); });',
            },
          ],
        },
      ],
    },
    {
      code: "const ALLOWED = new Set(['images.example.com']);\napp.get('/img', async (req, res) => {\n  const target = new URL(req.query.url);\n  if (!ALLOWED.has(target.hostname)) return res.status(400).end();\n  res.send(await fetch(target));\n});",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: '`fetch`', url: 'target', source: 'req.query', option: 'redirect: "error"' },
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                "const ALLOWED = new Set(['images.example.com']);\napp.get('/img', async (req, res) => {\n  const target = new URL(req.query.url);\n  if (!ALLOWED.has(target.hostname)) return res.status(400).end();\n  res.send(await fetch(target, { redirect: \"error\" }));\n});",
            },
          ],
        },
      ],
    },
    {
      code: "const got = require('got');\nexports.preview = async (req, res) => { const { url } = req.body; const page = await got(url).text(); res.json({ page }); };",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: 'got', url: 'url', source: 'req.body', option: 'followRedirect: false' },
          line: 2,
          column: 90,
          endLine: 2,
          endColumn: 93,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'followRedirect: false' },
              output:
                "const got = require('got');\nexports.preview = async (req, res) => { const { url } = req.body; const page = await got(url, { followRedirect: false }).text(); res.json({ page }); };",
            },
          ],
        },
      ],
    },
    {
      code: "import { HttpService } from '@nestjs/axios';\nimport { Controller, Get, Query } from '@nestjs/common';\n@Controller()\nexport class PreviewController {\n  constructor(private readonly http: HttpService) {}\n  @Get()\n  preview(@Query('url') url: string) { return this.http.get(url); }\n}",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: '@nestjs/axios `HttpService`', url: 'url', source: "@Query('url')", option: 'maxRedirects: 0' },
          line: 7,
          column: 61,
          endLine: 7,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirects: 0' },
              output:
                "import { HttpService } from '@nestjs/axios';\nimport { Controller, Get, Query } from '@nestjs/common';\n@Controller()\nexport class PreviewController {\n  constructor(private readonly http: HttpService) {}\n  @Get()\n  preview(@Query('url') url: string) { return this.http.get(url, { maxRedirects: 0 }); }\n}",
            },
          ],
        },
      ],
    },
    {
      code: "'use server';\nexport async function importFeed(formData: FormData) { const res = await fetch(String(formData.get('url'))); return res.text(); }",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: {
            client: '`fetch`',
            url: "String(formData.get('url'))",
            source: 'importFeed(formData)',
            option: 'redirect: "error"',
          },
          line: 2,
          column: 80,
          endLine: 2,
          endColumn: 107,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                "'use server';\nexport async function importFeed(formData: FormData) { const res = await fetch(String(formData.get('url')), { redirect: \"error\" }); return res.text(); }",
            },
          ],
        },
      ],
    },
    {
      code: "async function download(url) { return fetch(url); }\napp.post('/import', async (req, res) => { res.json(await download(req.body.url)); });",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: '`fetch`', url: 'url', source: 'req.body', option: 'redirect: "error"' },
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                'async function download(url) { return fetch(url, { redirect: "error" }); }\napp.post(\'/import\', async (req, res) => { res.json(await download(req.body.url)); });',
            },
          ],
        },
      ],
    },
    {
      code: "import ky from 'ky';\nrouter.post('/x', async (req, res) => { let { target } = req.body; target = target.trim(); await ky.get(target); res.end(); });",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: 'ky', url: 'target', source: 'req.body', option: 'redirect: "error"' },
          line: 2,
          column: 105,
          endLine: 2,
          endColumn: 111,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                "import ky from 'ky';\nrouter.post('/x', async (req, res) => { let { target } = req.body; target = target.trim(); await ky.get(target, { redirect: \"error\" }); res.end(); });",
            },
          ],
        },
      ],
    },
    {
      code: "import axios = require('axios');\napp.get('/p', async (req, res) => { res.send((await axios.get(req.query.u as string)).data); });",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: 'axios', url: 'req.query.u as string', source: 'req.query', option: 'maxRedirects: 0' },
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirects: 0' },
              output:
                "import axios = require('axios');\napp.get('/p', async (req, res) => { res.send((await axios.get(req.query.u as string, { maxRedirects: 0 })).data); });",
            },
          ],
        },
      ],
    },
    {
      code: "const { https } = require('follow-redirects');\nrouter.get('/f', (req, res) => { https.get(req.query.url, (upstream) => upstream.pipe(res)); });",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: 'follow-redirects', url: 'req.query.url', source: 'req.query', option: 'maxRedirects: 0' },
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirects: 0' },
              output:
                "const { https } = require('follow-redirects');\nrouter.get('/f', (req, res) => { https.get(req.query.url, { maxRedirects: 0 }, (upstream) => upstream.pipe(res)); });",
            },
          ],
        },
      ],
    },
    {
      code: "import superagent from 'superagent';\napp.get('/feed', async (req, res) => { res.send((await superagent.get(req.query.feed)).text); });",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: 'superagent', url: 'req.query.feed', source: 'req.query', option: '.redirects(0)' },
          line: 2,
          column: 71,
          endLine: 2,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: '.redirects(0)' },
              output:
                "import superagent from 'superagent';\napp.get('/feed', async (req, res) => { res.send((await superagent.get(req.query.feed).redirects(0)).text); });",
            },
          ],
        },
      ],
    },
    {
      code: "app.get('/p', async (req, res) => { res.send(await fetch(req.query.url, { redirect: 'follow' })); });",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: '`fetch`', url: 'req.query.url', source: 'req.query', option: 'redirect: "error"' },
          line: 1,
          column: 75,
          endLine: 1,
          endColumn: 93,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output: 'app.get(\'/p\', async (req, res) => { res.send(await fetch(req.query.url, { redirect: "error" })); });',
            },
          ],
        },
      ],
    },
    {
      code: "import { request } from 'undici';\napp.get('/p', async (req, res) => { const { body } = await request(req.query.url, { maxRedirections: 3 }); body.pipe(res); });",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: 'undici `request`', url: 'req.query.url', source: 'req.query', option: 'maxRedirections: 0' },
          line: 2,
          column: 85,
          endLine: 2,
          endColumn: 103,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirections: 0' },
              output:
                "import { request } from 'undici';\napp.get('/p', async (req, res) => { const { body } = await request(req.query.url, { maxRedirections: 0 }); body.pipe(res); });",
            },
          ],
        },
      ],
    },
    {
      code: "app.get('/p', async (c) => { const upstream = await fetch(c.req.query('url')); return c.body(upstream.body); });",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: '`fetch`', url: "c.req.query('url')", source: "c.req.query('url')", option: 'redirect: "error"' },
          line: 1,
          column: 59,
          endLine: 1,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                "app.get('/p', async (c) => { const upstream = await fetch(c.req.query('url'), { redirect: \"error\" }); return c.body(upstream.body); });",
            },
          ],
        },
      ],
    },
    // With `reportNonConstantUrls` (strict): non-constant URLs that no request input reaches.
    {
      code: "export const isBrowser = typeof window !== 'undefined';\nexport async function load(url) { return fetch(url); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: '`fetch`', url: 'url', source: '', option: 'redirect: "error"' },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                'export const isBrowser = typeof window !== \'undefined\';\nexport async function load(url) { return fetch(url, { redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: 'async function load(path) { return fetch(`${process.env.API_URL}/v1/${path}`); }',
      options: [{ reportNonConstantUrls: true, trustConfiguredHosts: false }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: '`fetch`', url: '${process.env.API_URL}/v1/${path}', source: '', option: 'redirect: "error"' },
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output: 'async function load(path) { return fetch(`${process.env.API_URL}/v1/${path}`, { redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: "import { config } from './config';\nasync function load(path) { return fetch(`${config.apiBaseUrl}${path}`); }",
      options: [{ reportNonConstantUrls: true, trustConfiguredHosts: false }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: '`fetch`', url: '${config.apiBaseUrl}${path}', source: '', option: 'redirect: "error"' },
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                'import { config } from \'./config\';\nasync function load(path) { return fetch(`${config.apiBaseUrl}${path}`, { redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: 'class Service { constructor(config) { this.baseUrl = config.url; } async get(id) { return fetch(`${this.baseUrl}/users/${id}`); } }',
      options: [{ reportNonConstantUrls: true, trustConfiguredHosts: false }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: '`fetch`', url: '${this.baseUrl}/users/${id}', source: '', option: 'redirect: "error"' },
          line: 1,
          column: 97,
          endLine: 1,
          endColumn: 126,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                'class Service { constructor(config) { this.baseUrl = config.url; } async get(id) { return fetch(`${this.baseUrl}/users/${id}`, { redirect: "error" }); } }',
            },
          ],
        },
      ],
    },
    {
      code: 'async function load(url) { return fetch(url); }',
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: '`fetch`', url: 'url', source: '', option: 'redirect: "error"' },
          line: 1,
          column: 41,
          endLine: 1,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output: 'async function load(url) { return fetch(url, { redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: "const options = { redirect: 'follow' };\nasync function load(url) { return fetch(url, options); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: '`fetch`', url: 'url', source: '', option: 'redirect: "error"' },
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                'const options = { redirect: \'follow\' };\nasync function load(url) { return fetch(url, { ...options, redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: "async function load(url, body) { return fetch(url, { method: 'POST', body }); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: '`fetch`', url: 'url', source: '', option: 'redirect: "error"' },
          line: 1,
          column: 47,
          endLine: 1,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output: 'async function load(url, body) { return fetch(url, { method: \'POST\', body, redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: 'async function load(url: string): Promise<Response> { return fetch(url as string, {}); }',
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: '`fetch`', url: 'url as string', source: '', option: 'redirect: "error"' },
          line: 1,
          column: 68,
          endLine: 1,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output: 'async function load(url: string): Promise<Response> { return fetch(url as string, { redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: "async function load(host) { return fetch('https://' + host + '/api/status'); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: '`fetch`', url: "'https://' + host + '/api/status'", source: '', option: 'redirect: "error"' },
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output: "async function load(host) { return fetch('https://' + host + '/api/status', { redirect: \"error\" }); }",
            },
          ],
        },
      ],
    },
    {
      code: 'async function load(host) { return fetch(`https://${host}.example.com/`); }',
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: '`fetch`', url: 'https://${host}.example.com/', source: '', option: 'redirect: "error"' },
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output: 'async function load(host) { return fetch(`https://${host}.example.com/`, { redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: "async function notify(tenant) { return fetch(tenant.webhookUrl, { method: 'POST' }); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: '`fetch`', url: 'tenant.webhookUrl', source: '', option: 'redirect: "error"' },
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output: 'async function notify(tenant) { return fetch(tenant.webhookUrl, { method: \'POST\', redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: "import fetch from 'node-fetch';\nasync function load(url) { return fetch(url); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'node-fetch', url: 'url', source: '', option: 'redirect: "error"' },
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output: 'import fetch from \'node-fetch\';\nasync function load(url) { return fetch(url, { redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: "const fetch = require('node-fetch');\nasync function load(url) { return fetch(url, { follow: 5 }); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'node-fetch', url: 'url', source: '', option: 'redirect: "error"' },
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                'const fetch = require(\'node-fetch\');\nasync function load(url) { return fetch(url, { follow: 5, redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: "import { fetch } from 'undici';\nasync function load(url) { return fetch(url); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'undici `fetch`', url: 'url', source: '', option: 'redirect: "error"' },
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output: 'import { fetch } from \'undici\';\nasync function load(url) { return fetch(url, { redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: "import { request } from 'undici';\nasync function load(url) { return request(url, { maxRedirections: 3 }); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'undici `request`', url: 'url', source: '', option: 'maxRedirections: 0' },
          line: 2,
          column: 50,
          endLine: 2,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirections: 0' },
              output: "import { request } from 'undici';\nasync function load(url) { return request(url, { maxRedirections: 0 }); }",
            },
          ],
        },
      ],
    },
    {
      code: "import https from 'node:https';\nimport fetch from 'node-fetch';\nconst agent = new https.Agent({ keepAlive: true });\nasync function load(url) { return fetch(url, { agent }); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'node-fetch', url: 'url', source: '', option: 'redirect: "error"' },
          line: 4,
          column: 41,
          endLine: 4,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                "import https from 'node:https';\nimport fetch from 'node-fetch';\nconst agent = new https.Agent({ keepAlive: true });\nasync function load(url) { return fetch(url, { agent, redirect: \"error\" }); }",
            },
          ],
        },
      ],
    },
    {
      code: "import { SafeAgent } from './safe-agent';\nasync function load(url) { return fetch(url, { dispatcher: new SafeAgent() }); }",
      options: [{ reportNonConstantUrls: true, trustCustomAgents: false }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: '`fetch`', url: 'url', source: '', option: 'redirect: "error"' },
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                'import { SafeAgent } from \'./safe-agent\';\nasync function load(url) { return fetch(url, { dispatcher: new SafeAgent(), redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: "const axios = require('axios');\nasync function load(url) { return axios({ method: 'get', url }); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'axios', url: 'url', source: '', option: 'maxRedirects: 0' },
          line: 2,
          column: 58,
          endLine: 2,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirects: 0' },
              output:
                "const axios = require('axios');\nasync function load(url) { return axios({ method: 'get', url, maxRedirects: 0 }); }",
            },
          ],
        },
      ],
    },
    {
      code: "import axios from 'axios';\nasync function send(url, data) { return axios.post(url, data); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'axios', url: 'url', source: '', option: 'maxRedirects: 0' },
          line: 2,
          column: 52,
          endLine: 2,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirects: 0' },
              output: "import axios from 'axios';\nasync function send(url, data) { return axios.post(url, data, { maxRedirects: 0 }); }",
            },
          ],
        },
      ],
    },
    {
      code: "import * as axios from 'axios';\nasync function load(url) { return axios.request({ url, timeout: 5000 }); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'axios', url: 'url', source: '', option: 'maxRedirects: 0' },
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirects: 0' },
              output:
                "import * as axios from 'axios';\nasync function load(url) { return axios.request({ url, timeout: 5000, maxRedirects: 0 }); }",
            },
          ],
        },
      ],
    },
    {
      code: "const { default: axios } = require('axios');\nasync function load(url) { return axios.head(url); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'axios', url: 'url', source: '', option: 'maxRedirects: 0' },
          line: 2,
          column: 46,
          endLine: 2,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirects: 0' },
              output:
                "const { default: axios } = require('axios');\nasync function load(url) { return axios.head(url, { maxRedirects: 0 }); }",
            },
          ],
        },
      ],
    },
    {
      code: "import axios from 'axios';\nconst client = axios.create({ timeout: 5000 });\nasync function load(url) { return client.get(url); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'axios', url: 'url', source: '', option: 'maxRedirects: 0' },
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirects: 0' },
              output:
                "import axios from 'axios';\nconst client = axios.create({ timeout: 5000 });\nasync function load(url) { return client.get(url, { maxRedirects: 0 }); }",
            },
          ],
        },
      ],
    },
    {
      code: "import axios from 'axios';\nconst defaults = { timeout: 5000, maxRedirects: 5 };\nconst client = axios.create(defaults);\nasync function load(url) { return client(url, { headers: {} }); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'axios', url: 'url', source: '', option: 'maxRedirects: 0' },
          line: 4,
          column: 42,
          endLine: 4,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirects: 0' },
              output:
                "import axios from 'axios';\nconst defaults = { timeout: 5000, maxRedirects: 5 };\nconst client = axios.create(defaults);\nasync function load(url) { return client(url, { headers: {}, maxRedirects: 0 }); }",
            },
          ],
        },
      ],
    },
    {
      code: "import got from 'got';\nasync function load(url) { return got(url).json(); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'got', url: 'url', source: '', option: 'followRedirect: false' },
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'followRedirect: false' },
              output: "import got from 'got';\nasync function load(url) { return got(url, { followRedirect: false }).json(); }",
            },
          ],
        },
      ],
    },
    {
      code: "import got from 'got';\nasync function send(url, json) { return got.post(url, { json }); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'got', url: 'url', source: '', option: 'followRedirect: false' },
          line: 2,
          column: 50,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'followRedirect: false' },
              output: "import got from 'got';\nasync function send(url, json) { return got.post(url, { json, followRedirect: false }); }",
            },
          ],
        },
      ],
    },
    {
      code: "import got from 'got';\nconst client = got.extend({ timeout: { request: 5000 } });\nasync function load(url) { return client.get(url); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'got', url: 'url', source: '', option: 'followRedirect: false' },
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'followRedirect: false' },
              output:
                "import got from 'got';\nconst client = got.extend({ timeout: { request: 5000 } });\nasync function load(url) { return client.get(url, { followRedirect: false }); }",
            },
          ],
        },
      ],
    },
    {
      code: "import superagent from 'superagent';\nasync function load(url) { return (await superagent.get(url)).body; }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'superagent', url: 'url', source: '', option: '.redirects(0)' },
          line: 2,
          column: 57,
          endLine: 2,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: '.redirects(0)' },
              output:
                "import superagent from 'superagent';\nasync function load(url) { return (await superagent.get(url).redirects(0)).body; }",
            },
          ],
        },
      ],
    },
    {
      code: "const request = require('superagent');\nasync function load(method, url) { return await request(method, url).set('Accept', 'application/json'); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'superagent', url: 'url', source: '', option: '.redirects(0)' },
          line: 2,
          column: 65,
          endLine: 2,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: '.redirects(0)' },
              output:
                "const request = require('superagent');\nasync function load(method, url) { return await request(method, url).redirects(0).set('Accept', 'application/json'); }",
            },
          ],
        },
      ],
    },
    {
      code: "import ky from 'ky';\nasync function load(url) { return ky(url).json(); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'ky', url: 'url', source: '', option: 'redirect: "error"' },
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output: 'import ky from \'ky\';\nasync function load(url) { return ky(url, { redirect: "error" }).json(); }',
            },
          ],
        },
      ],
    },
    {
      code: "import ky from 'ky';\nconst api = ky.create({ timeout: 5000 });\nasync function load(url) { return api.get(url).json(); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'ky', url: 'url', source: '', option: 'redirect: "error"' },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                'import ky from \'ky\';\nconst api = ky.create({ timeout: 5000 });\nasync function load(url) { return api.get(url, { redirect: "error" }).json(); }',
            },
          ],
        },
      ],
    },
    {
      code: "import { ofetch } from 'ofetch';\nasync function load(url) { return ofetch(url); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'ofetch', url: 'url', source: '', option: 'redirect: "error"' },
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output: 'import { ofetch } from \'ofetch\';\nasync function load(url) { return ofetch(url, { redirect: "error" }); }',
            },
          ],
        },
      ],
    },
    {
      code: "import { $fetch } from 'ofetch';\nasync function load(url) { return $fetch.raw(url, { method: 'GET' }); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'ofetch', url: 'url', source: '', option: 'redirect: "error"' },
          line: 2,
          column: 46,
          endLine: 2,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                "import { $fetch } from 'ofetch';\nasync function load(url) { return $fetch.raw(url, { method: 'GET', redirect: \"error\" }); }",
            },
          ],
        },
      ],
    },
    {
      code: "import needle from 'needle';\nasync function load(url) { return needle('get', url, null, { follow_max: 5 }); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'needle', url: 'url', source: '', option: 'follow_max: 0' },
          line: 2,
          column: 62,
          endLine: 2,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'follow_max: 0' },
              output: "import needle from 'needle';\nasync function load(url) { return needle('get', url, null, { follow_max: 0 }); }",
            },
          ],
        },
      ],
    },
    {
      code: "import needle from 'needle';\nneedle.defaults({ follow_max: 3 });\nasync function load(url) { return needle.get(url); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'needle', url: 'url', source: '', option: 'follow_max: 0' },
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'follow_max: 0' },
              output:
                "import needle from 'needle';\nneedle.defaults({ follow_max: 3 });\nasync function load(url) { return needle.get(url, { follow_max: 0 }); }",
            },
          ],
        },
      ],
    },
    {
      code: "const { https } = require('follow-redirects');\nfunction load(url, done) { https.get(url, (response) => done(response)); }",
      options: [{ reportNonConstantUrls: true }],
      errors: [
        {
          messageId: 'followsRedirects',
          data: { client: 'follow-redirects', url: 'url', source: '', option: 'maxRedirects: 0' },
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirects: 0' },
              output:
                "const { https } = require('follow-redirects');\nfunction load(url, done) { https.get(url, { maxRedirects: 0 }, (response) => done(response)); }",
            },
          ],
        },
      ],
    },
    // Patterns found by the held-out split: url.URL, RegExp exec groups, a service class in the same file, h3 / Nuxt (imported and auto-imported).
    {
      code: "const express = require('express');\nconst superagent = require('superagent');\nconst url = require('url');\nconst router = express.Router();\nrouter.get('/feed', (req, res) => {\n  const parsed = new url.URL(req.query.url);\n  superagent.get(parsed.href).end((err, response) => res.send(response.text));\n});",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: 'superagent', url: 'parsed.href', source: 'req.query', option: '.redirects(0)' },
          line: 7,
          column: 18,
          endLine: 7,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: '.redirects(0)' },
              output:
                "const express = require('express');\nconst superagent = require('superagent');\nconst url = require('url');\nconst router = express.Router();\nrouter.get('/feed', (req, res) => {\n  const parsed = new url.URL(req.query.url);\n  superagent.get(parsed.href).redirects(0).end((err, response) => res.send(response.text));\n});",
            },
          ],
        },
      ],
    },
    {
      code: "import { fetch } from 'undici';\nexport default async function routes(fastify) {\n  fastify.get('/lookup', async (request) => {\n    const [, user, instance] = /^@?([^@]+)@([^@]+)$/.exec(String(request.query.acct)) ?? [];\n    const lookup = new URL('/.well-known/webfinger', `https://${instance}`);\n    return (await fetch(lookup)).json();\n  });\n}",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: 'undici `fetch`', url: 'lookup', source: 'request.query', option: 'redirect: "error"' },
          line: 6,
          column: 25,
          endLine: 6,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                "import { fetch } from 'undici';\nexport default async function routes(fastify) {\n  fastify.get('/lookup', async (request) => {\n    const [, user, instance] = /^@?([^@]+)@([^@]+)$/.exec(String(request.query.acct)) ?? [];\n    const lookup = new URL('/.well-known/webfinger', `https://${instance}`);\n    return (await fetch(lookup, { redirect: \"error\" })).json();\n  });\n}",
            },
          ],
        },
      ],
    },
    {
      code: "import { HttpService } from '@nestjs/axios';\nimport { Controller, Get, Injectable, Query } from '@nestjs/common';\n@Injectable()\nexport class Fetcher {\n  constructor(private readonly http: HttpService) {}\n  load(target: string) { return this.http.get(target); }\n}\n@Controller('specs')\nexport class SpecController {\n  constructor(private readonly fetcher: Fetcher) {}\n  @Get() preview(@Query('url') url: string) { return this.fetcher.load(url); }\n}",
      filename: 'specs.ts',
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: '@nestjs/axios `HttpService`', url: 'target', source: "@Query('url')", option: 'maxRedirects: 0' },
          line: 6,
          column: 47,
          endLine: 6,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'maxRedirects: 0' },
              output:
                "import { HttpService } from '@nestjs/axios';\nimport { Controller, Get, Injectable, Query } from '@nestjs/common';\n@Injectable()\nexport class Fetcher {\n  constructor(private readonly http: HttpService) {}\n  load(target: string) { return this.http.get(target, { maxRedirects: 0 }); }\n}\n@Controller('specs')\nexport class SpecController {\n  constructor(private readonly fetcher: Fetcher) {}\n  @Get() preview(@Query('url') url: string) { return this.fetcher.load(url); }\n}",
            },
          ],
        },
      ],
    },
    {
      code: "import { defineEventHandler, getQuery } from 'h3';\nimport { $fetch } from 'ofetch';\nexport default defineEventHandler(async (event) => {\n  const { target } = getQuery(event);\n  return $fetch(String(target));\n});",
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: 'ofetch', url: 'String(target)', source: 'getQuery(event)', option: 'redirect: "error"' },
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                "import { defineEventHandler, getQuery } from 'h3';\nimport { $fetch } from 'ofetch';\nexport default defineEventHandler(async (event) => {\n  const { target } = getQuery(event);\n  return $fetch(String(target), { redirect: \"error\" });\n});",
            },
          ],
        },
      ],
    },
    {
      code: 'export default defineEventHandler(async (event) => {\n  const body = await readBody(event);\n  return $fetch(body.url);\n});',
      errors: [
        {
          messageId: 'followsRequestUrl',
          data: { client: 'ofetch', url: 'body.url', source: 'readBody(event)', option: 'redirect: "error"' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'disableRedirects',
              data: { option: 'redirect: "error"' },
              output:
                'export default defineEventHandler(async (event) => {\n  const body = await readBody(event);\n  return $fetch(body.url, { redirect: "error" });\n});',
            },
          ],
        },
      ],
    },
  ],
});
