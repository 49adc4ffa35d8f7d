import rule from '../../src/rules/no-redirect-fetch';
import { createRuleTester } from '../rule-tester';

type Loc = [line: number, column: number, endLine: number, endColumn: number];

const FETCH = { client: '`fetch`', option: 'redirect: "error"' };
const AXIOS = { client: 'axios', option: 'maxRedirects: 0' };
const GOT = { client: 'got', option: 'followRedirect: false' };

function variable(data: { client: string; option: string }, url: string, [line, column, endLine, endColumn]: Loc, output: string) {
  return {
    messageId: 'followsRedirects' as const,
    data: { ...data, url },
    line,
    column,
    endLine,
    endColumn,
    suggestions: [{ messageId: 'disableRedirects' as const, data: { option: data.option }, output }],
  };
}

function fromRequest(
  data: { client: string; option: string },
  url: string,
  source: string,
  [line, column, endLine, endColumn]: Loc,
  output: string,
) {
  return {
    messageId: 'followsRequestUrl' as const,
    data: { ...data, url, source },
    line,
    column,
    endLine,
    endColumn,
    suggestions: [{ messageId: 'disableRedirects' as const, data: { option: data.option }, output }],
  };
}

createRuleTester().run('no-redirect-fetch', rule, {
  valid: [
    "const next = document.querySelector('link[rel=next]');\nexport async function loadMore() { return fetch(next.href); }",
    "window.addEventListener('load', async () => { await fetch(location.href + '/more'); });\nexport const load = (url) => fetch(url);",
    // Constant URLs and fixed hosts.
    "async function load() { return fetch('https://api.example.com/status'); }",
    "const STATUS_URL = 'https://api.example.com/status';\nasync function load() { return fetch(STATUS_URL); }",
    'async function user(name) { return fetch(`https://api.github.com/users/${name}`); }',
    'async function item(id) { return fetch(`/api/items/${id}`); }',
    "const API_BASE = 'https://api.example.com';\nasync function item(path) { return fetch(new URL(path, API_BASE)); }",
    "const API_BASE = 'https://api.example.com';\nasync function item(id) { return fetch(API_BASE + '/items/' + id); }",
    "const ENDPOINTS = { users: 'https://users.example.com', orders: 'https://orders.example.com' };\nasync function load(service) { return fetch(ENDPOINTS[service]); }",
    'const endpoint = (path) => `https://api.example.com/${path}`;\nasync function load(path) { return fetch(endpoint(path)); }',
    "async function load(id) { let url = 'https://api.example.com/items'; if (id) url += `/${id}`; return fetch(url); }",
    "async function load() { return fetch(process.env.DEV ? 'http://localhost:3000' : 'https://api.example.com'); }",
    // Deploy-time configuration and service base URLs.
    {
      code: 'async function load(path) { return fetch(`${process.env.API_URL}/v1/${path}`); }',
      options: [{ trustConfiguredHosts: true }],
    },
    {
      code: "import { config } from './config';\nasync function load(path) { return fetch(`${config.apiBaseUrl}${path}`); }",
      options: [{ trustConfiguredHosts: true }],
    },
    {
      code: 'class Service { constructor(config) { this.baseUrl = config.url; } async get(id) { return fetch(`${this.baseUrl}/users/${id}`); } }',
      options: [{ trustConfiguredHosts: true }],
    },
    "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.internal.example.com' });\nasync function load(path) { return api.get(path); }",
    "import got from 'got';\nconst client = got.extend({ prefixUrl: 'https://api.example.com' });\nasync function load(path) { return client.get(path); }",
    // Redirects off.
    "async function load(url) { return fetch(url, { redirect: 'manual' }); }",
    "const init = { redirect: 'error' };\nasync function load(url) { return fetch(url, init); }",
    "import fetch from 'node-fetch';\nasync function load(url) { return fetch(url, { follow: 0 }); }",
    "import axios from 'axios';\nconst client = axios.create({ maxRedirects: 0 });\nasync function load(url) { return client.get(url); }",
    "import axios from 'axios';\nasync function load(url) { return axios.post(url, {}, { maxRedirects: 0 }); }",
    "import got from 'got';\nconst client = got.extend({ followRedirect: false });\nasync function load(url) { return client(url); }",
    "import got from 'got';\nasync function load(url) { return got(url, { maxRedirects: 0 }); }",
    "import superagent from 'superagent';\nasync function load(url) { return superagent.get(url).redirects(0); }",
    "import ky from 'ky';\nasync function load(url) { return ky.get(url, { redirect: 'error' }).json(); }",
    "import { ofetch } from 'ofetch';\nconst api = ofetch.create({ redirect: 'manual' });\nasync function load(url) { return api(url); }",
    // Clients that do not follow by default.
    "import needle from 'needle';\nasync function load(url) { return needle('get', url); }",
    "import { request } from 'undici';\nasync function load(url) { return request(url); }",
    "import https from 'node:https';\nfunction load(url, callback) { https.get(url, callback); }",
    // The manual pattern: each hop re-validated.
    `async function fetchSafely(url) {
  let current = url;
  for (let hop = 0; hop < 5; hop++) {
    await assertPublicAddress(current);
    const response = await fetch(current, { redirect: 'manual' });
    if (response.status < 300 || response.status >= 400) return response;
    current = new URL(response.headers.get('location'), current).toString();
  }
  throw new Error('too many redirects');
}`,
    "import axios from 'axios';\nasync function load(url) { return axios.get(url, { beforeRedirect: (options) => assertPublic(options.hostname) }); }",
    // Connect-time address filters.
    "import { useAgent } from 'request-filtering-agent';\nimport fetch from 'node-fetch';\nasync function load(url) { return fetch(url, { agent: useAgent(url) }); }",
    "import ssrfFilter from 'ssrf-req-filter';\nimport axios from 'axios';\nasync function load(url) { return axios.get(url, { httpAgent: ssrfFilter(url), httpsAgent: ssrfFilter(url) }); }",
    "import { Agent } from 'undici';\nconst dispatcher = new Agent({ connect: { lookup: publicOnlyLookup } });\nasync function load(url) { return fetch(url, { dispatcher }); }",
    "import { SafeAgent } from './safe-agent';\nasync function load(url) { return fetch(url, { dispatcher: new SafeAgent() }); }",
    {
      code: "const { RequestFilteringHttpsAgent } = require('request-filtering-agent');\nasync function load(url) { return fetch(url, { agent: new RequestFilteringHttpsAgent() }); }",
      options: [{ trustCustomAgents: false }],
    },
    // Unreadable options or URLs: never guessed.
    'async function load(url, init) { return fetch(url, init); }',
    "import axios from 'axios';\nasync function send(config) { return axios(config); }",
    "import axios from 'axios';\naxios.defaults.maxRedirects = 0;\nasync function load(url) { return axios.get(url); }",
    "import axios from 'axios';\nconst api = axios.create();\napi.defaults.maxRedirects = 0;\nasync function load(url) { return api.get(url); }",
    {
      code: 'export default { async fetch(request: Request) { return fetch(request); } };',
      filename: 'worker.ts',
    },
    // Not a global fetch, or browser code.
    'function fetch(url) { return cache.get(url); }\nasync function load(url) { return fetch(url); }',
    "'use client';\nasync function load(url) { return fetch(url); }",
  ],
  invalid: [
    {
      code: "export const isBrowser = typeof window !== 'undefined';\nexport async function load(url) { return fetch(url); }",
      errors: [
        variable(
          FETCH,
          'url',
          [2, 48, 2, 51],
          'export const isBrowser = typeof window !== \'undefined\';\nexport async function load(url) { return fetch(url, { redirect: "error" }); }',
        ),
      ],
    },
    {
      code: 'async function load(path) { return fetch(`${process.env.API_URL}/v1/${path}`); }',
      errors: [
        variable(
          FETCH,
          '${process.env.API_URL}/v1/${path}',
          [1, 42, 1, 77],
          'async function load(path) { return fetch(`${process.env.API_URL}/v1/${path}`, { redirect: "error" }); }',
        ),
      ],
    },
    {
      code: "import { config } from './config';\nasync function load(path) { return fetch(`${config.apiBaseUrl}${path}`); }",
      errors: [
        variable(
          FETCH,
          '${config.apiBaseUrl}${path}',
          [2, 42, 2, 71],
          'import { config } from \'./config\';\nasync function load(path) { return fetch(`${config.apiBaseUrl}${path}`, { redirect: "error" }); }',
        ),
      ],
    },
    {
      code: 'class Service { constructor(config) { this.baseUrl = config.url; } async get(id) { return fetch(`${this.baseUrl}/users/${id}`); } }',
      errors: [
        variable(
          FETCH,
          '${this.baseUrl}/users/${id}',
          [1, 97, 1, 126],
          'class Service { constructor(config) { this.baseUrl = config.url; } async get(id) { return fetch(`${this.baseUrl}/users/${id}`, { redirect: "error" }); } }',
        ),
      ],
    },
    {
      code: 'async function load(url) { return fetch(url); }',
      errors: [variable(FETCH, 'url', [1, 41, 1, 44], 'async function load(url) { return fetch(url, { redirect: "error" }); }')],
    },
    {
      code: "app.get('/proxy', async (req, res) => { res.send(await fetch(req.query.url)); });",
      errors: [
        fromRequest(
          FETCH,
          'req.query.url',
          'req.query',
          [1, 62, 1, 75],
          'app.get(\'/proxy\', async (req, res) => { res.send(await fetch(req.query.url, { redirect: "error" })); });',
        ),
      ],
    },
    {
      code: "const options = { redirect: 'follow' };\nasync function load(url) { return fetch(url, options); }",
      errors: [
        variable(
          FETCH,
          'url',
          [1, 19, 1, 37],
          'const options = { redirect: \'follow\' };\nasync function load(url) { return fetch(url, { ...options, redirect: "error" }); }',
        ),
      ],
    },
    {
      code: "async function load(url, body) { return fetch(url, { method: 'POST', body }); }",
      errors: [
        variable(
          FETCH,
          'url',
          [1, 47, 1, 50],
          'async function load(url, body) { return fetch(url, { method: \'POST\', body, redirect: "error" }); }',
        ),
      ],
    },
    {
      code: "export async function GET(request: NextRequest) { const target = request.nextUrl.searchParams.get('url')!; return fetch(target); }",
      filename: 'route.ts',
      errors: [
        fromRequest(
          FETCH,
          'target',
          'request.nextUrl.searchParams',
          [1, 121, 1, 127],
          'export async function GET(request: NextRequest) { const target = request.nextUrl.searchParams.get(\'url\')!; return fetch(target, { redirect: "error" }); }',
        ),
      ],
    },
    {
      code: 'export async function POST(request: Request) { const { url } = await request.json(); return fetch(url); }',
      filename: 'route.ts',
      errors: [
        fromRequest(
          FETCH,
          'url',
          'await request.json()',
          [1, 99, 1, 102],
          'export async function POST(request: Request) { const { url } = await request.json(); return fetch(url, { redirect: "error" }); }',
        ),
      ],
    },
    {
      code: 'async function load(url: string): Promise<Response> { return fetch(url as string, {}); }',
      filename: 'load.ts',
      errors: [
        variable(
          FETCH,
          'url as string',
          [1, 68, 1, 81],
          'async function load(url: string): Promise<Response> { return fetch(url as string, { redirect: "error" }); }',
        ),
      ],
    },
    {
      code: "async function load(host) { return fetch('https://' + host + '/api/status'); }",
      errors: [
        variable(
          FETCH,
          "'https://' + host + '/api/status'",
          [1, 42, 1, 75],
          "async function load(host) { return fetch('https://' + host + '/api/status', { redirect: \"error\" }); }",
        ),
      ],
    },
    {
      code: 'async function load(host) { return fetch(`https://${host}.example.com/`); }',
      errors: [
        variable(
          FETCH,
          'https://${host}.example.com/',
          [1, 42, 1, 72],
          'async function load(host) { return fetch(`https://${host}.example.com/`, { redirect: "error" }); }',
        ),
      ],
    },
    {
      code: "async function notify(tenant) { return fetch(tenant.webhookUrl, { method: 'POST' }); }",
      errors: [
        variable(
          FETCH,
          'tenant.webhookUrl',
          [1, 46, 1, 63],
          'async function notify(tenant) { return fetch(tenant.webhookUrl, { method: \'POST\', redirect: "error" }); }',
        ),
      ],
    },
    {
      code: "import fetch from 'node-fetch';\nasync function load(url) { return fetch(url); }",
      errors: [
        variable(
          { client: 'node-fetch', option: 'redirect: "error"' },
          'url',
          [2, 41, 2, 44],
          'import fetch from \'node-fetch\';\nasync function load(url) { return fetch(url, { redirect: "error" }); }',
        ),
      ],
    },
    {
      code: "const fetch = require('node-fetch');\nasync function load(url) { return fetch(url, { follow: 5 }); }",
      errors: [
        variable(
          { client: 'node-fetch', option: 'redirect: "error"' },
          'url',
          [2, 48, 2, 57],
          'const fetch = require(\'node-fetch\');\nasync function load(url) { return fetch(url, { follow: 5, redirect: "error" }); }',
        ),
      ],
    },
    {
      code: "import { fetch } from 'undici';\nasync function load(url) { return fetch(url); }",
      errors: [
        variable(
          { client: 'undici `fetch`', option: 'redirect: "error"' },
          'url',
          [2, 41, 2, 44],
          'import { fetch } from \'undici\';\nasync function load(url) { return fetch(url, { redirect: "error" }); }',
        ),
      ],
    },
    {
      code: "import { request } from 'undici';\nasync function load(url) { return request(url, { maxRedirections: 3 }); }",
      errors: [
        variable(
          { client: 'undici `request`', option: 'maxRedirections: 0' },
          'url',
          [2, 50, 2, 68],
          "import { request } from 'undici';\nasync function load(url) { return request(url, { maxRedirections: 0 }); }",
        ),
      ],
    },
    {
      code: "import https from 'node:https';\nimport fetch from 'node-fetch';\nconst agent = new https.Agent({ keepAlive: true });\nasync function load(url) { return fetch(url, { agent }); }",
      errors: [
        variable(
          { client: 'node-fetch', option: 'redirect: "error"' },
          'url',
          [4, 41, 4, 44],
          "import https from 'node:https';\nimport fetch from 'node-fetch';\nconst agent = new https.Agent({ keepAlive: true });\nasync function load(url) { return fetch(url, { agent, redirect: \"error\" }); }",
        ),
      ],
    },
    {
      code: "import { SafeAgent } from './safe-agent';\nasync function load(url) { return fetch(url, { dispatcher: new SafeAgent() }); }",
      options: [{ trustCustomAgents: false }],
      errors: [
        variable(
          FETCH,
          'url',
          [2, 41, 2, 44],
          'import { SafeAgent } from \'./safe-agent\';\nasync function load(url) { return fetch(url, { dispatcher: new SafeAgent(), redirect: "error" }); }',
        ),
      ],
    },
    {
      code: "import axios from 'axios';\nrouter.post('/preview', async (ctx) => { ctx.body = await axios.get(ctx.request.body.link); });",
      errors: [
        fromRequest(
          AXIOS,
          'ctx.request.body.link',
          'ctx.request.body',
          [2, 69, 2, 90],
          "import axios from 'axios';\nrouter.post('/preview', async (ctx) => { ctx.body = await axios.get(ctx.request.body.link, { maxRedirects: 0 }); });",
        ),
      ],
    },
    {
      code: "const axios = require('axios');\nasync function load(url) { return axios({ method: 'get', url }); }",
      errors: [
        variable(
          AXIOS,
          'url',
          [2, 58, 2, 61],
          "const axios = require('axios');\nasync function load(url) { return axios({ method: 'get', url, maxRedirects: 0 }); }",
        ),
      ],
    },
    {
      code: "import axios from 'axios';\nasync function send(url, data) { return axios.post(url, data); }",
      errors: [
        variable(
          AXIOS,
          'url',
          [2, 52, 2, 55],
          "import axios from 'axios';\nasync function send(url, data) { return axios.post(url, data, { maxRedirects: 0 }); }",
        ),
      ],
    },
    {
      code: "import * as axios from 'axios';\nasync function load(url) { return axios.request({ url, timeout: 5000 }); }",
      errors: [
        variable(
          AXIOS,
          'url',
          [2, 51, 2, 54],
          "import * as axios from 'axios';\nasync function load(url) { return axios.request({ url, timeout: 5000, maxRedirects: 0 }); }",
        ),
      ],
    },
    {
      code: "const { default: axios } = require('axios');\nasync function load(url) { return axios.head(url); }",
      errors: [
        variable(
          AXIOS,
          'url',
          [2, 46, 2, 49],
          "const { default: axios } = require('axios');\nasync function load(url) { return axios.head(url, { maxRedirects: 0 }); }",
        ),
      ],
    },
    {
      code: "import axios from 'axios';\nconst client = axios.create({ timeout: 5000 });\nasync function load(url) { return client.get(url); }",
      errors: [
        variable(
          AXIOS,
          'url',
          [3, 46, 3, 49],
          "import axios from 'axios';\nconst client = axios.create({ timeout: 5000 });\nasync function load(url) { return client.get(url, { maxRedirects: 0 }); }",
        ),
      ],
    },
    {
      code: "import axios from 'axios';\nconst defaults = { timeout: 5000, maxRedirects: 5 };\nconst client = axios.create(defaults);\nasync function load(url) { return client(url, { headers: {} }); }",
      errors: [
        variable(
          AXIOS,
          'url',
          [4, 42, 4, 45],
          "import axios from 'axios';\nconst defaults = { timeout: 5000, maxRedirects: 5 };\nconst client = axios.create(defaults);\nasync function load(url) { return client(url, { headers: {}, maxRedirects: 0 }); }",
        ),
      ],
    },
    {
      code: "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.example.com' });\napp.get('/avatar', async (req, res) => { res.send((await api.get(req.query.src)).data); });",
      errors: [
        fromRequest(
          AXIOS,
          'req.query.src',
          'req.query',
          [3, 66, 3, 79],
          "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.example.com' });\napp.get('/avatar', async (req, res) => { res.send((await api.get(req.query.src, { maxRedirects: 0 })).data); });",
        ),
      ],
    },
    {
      code: "import got from 'got';\nasync function load(url) { return got(url).json(); }",
      errors: [
        variable(
          GOT,
          'url',
          [2, 39, 2, 42],
          "import got from 'got';\nasync function load(url) { return got(url, { followRedirect: false }).json(); }",
        ),
      ],
    },
    {
      code: "import got from 'got';\nasync function send(url, json) { return got.post(url, { json }); }",
      errors: [
        variable(
          GOT,
          'url',
          [2, 50, 2, 53],
          "import got from 'got';\nasync function send(url, json) { return got.post(url, { json, followRedirect: false }); }",
        ),
      ],
    },
    {
      code: "import got from 'got';\nconst client = got.extend({ timeout: { request: 5000 } });\nasync function load(url) { return client.get(url); }",
      errors: [
        variable(
          GOT,
          'url',
          [3, 46, 3, 49],
          "import got from 'got';\nconst client = got.extend({ timeout: { request: 5000 } });\nasync function load(url) { return client.get(url, { followRedirect: false }); }",
        ),
      ],
    },
    {
      code: "import superagent from 'superagent';\nasync function load(url) { return (await superagent.get(url)).body; }",
      errors: [
        variable(
          { client: 'superagent', option: '.redirects(0)' },
          'url',
          [2, 57, 2, 60],
          "import superagent from 'superagent';\nasync function load(url) { return (await superagent.get(url).redirects(0)).body; }",
        ),
      ],
    },
    {
      code: "const request = require('superagent');\nasync function load(method, url) { return await request(method, url).set('Accept', 'application/json'); }",
      errors: [
        variable(
          { client: 'superagent', option: '.redirects(0)' },
          'url',
          [2, 65, 2, 68],
          "const request = require('superagent');\nasync function load(method, url) { return await request(method, url).redirects(0).set('Accept', 'application/json'); }",
        ),
      ],
    },
    {
      code: "import ky from 'ky';\nasync function load(url) { return ky(url).json(); }",
      errors: [
        variable(
          { client: 'ky', option: 'redirect: "error"' },
          'url',
          [2, 38, 2, 41],
          'import ky from \'ky\';\nasync function load(url) { return ky(url, { redirect: "error" }).json(); }',
        ),
      ],
    },
    {
      code: "import ky from 'ky';\nconst api = ky.create({ timeout: 5000 });\nasync function load(url) { return api.get(url).json(); }",
      errors: [
        variable(
          { client: 'ky', option: 'redirect: "error"' },
          'url',
          [3, 43, 3, 46],
          'import ky from \'ky\';\nconst api = ky.create({ timeout: 5000 });\nasync function load(url) { return api.get(url, { redirect: "error" }).json(); }',
        ),
      ],
    },
    {
      code: "import { ofetch } from 'ofetch';\nasync function load(url) { return ofetch(url); }",
      errors: [
        variable(
          { client: 'ofetch', option: 'redirect: "error"' },
          'url',
          [2, 42, 2, 45],
          'import { ofetch } from \'ofetch\';\nasync function load(url) { return ofetch(url, { redirect: "error" }); }',
        ),
      ],
    },
    {
      code: "import { $fetch } from 'ofetch';\nasync function load(url) { return $fetch.raw(url, { method: 'GET' }); }",
      errors: [
        variable(
          { client: 'ofetch', option: 'redirect: "error"' },
          'url',
          [2, 46, 2, 49],
          "import { $fetch } from 'ofetch';\nasync function load(url) { return $fetch.raw(url, { method: 'GET', redirect: \"error\" }); }",
        ),
      ],
    },
    {
      code: "import needle from 'needle';\nasync function load(url) { return needle('get', url, null, { follow_max: 5 }); }",
      errors: [
        variable(
          { client: 'needle', option: 'follow_max: 0' },
          'url',
          [2, 62, 2, 75],
          "import needle from 'needle';\nasync function load(url) { return needle('get', url, null, { follow_max: 0 }); }",
        ),
      ],
    },
    {
      code: "import needle from 'needle';\nneedle.defaults({ follow_max: 3 });\nasync function load(url) { return needle.get(url); }",
      errors: [
        variable(
          { client: 'needle', option: 'follow_max: 0' },
          'url',
          [3, 46, 3, 49],
          "import needle from 'needle';\nneedle.defaults({ follow_max: 3 });\nasync function load(url) { return needle.get(url, { follow_max: 0 }); }",
        ),
      ],
    },
  ],
});
