import { ESLintUtils } from '@typescript-eslint/utils';

import { findOutgoingRequests } from '../../src/analysis/outgoing-requests';
import { urlTarget } from '../../src/analysis/url-targets';
import { createRuleTester } from '../rule-tester';

/** Reports every outgoing request on its URL with who picks its host, and the request data it carries. */
const probe = ESLintUtils.RuleCreator.withoutDocs<[{ trustConfiguredHosts: boolean }], 'target'>({
  meta: {
    type: 'problem',
    schema: [{ type: 'object', properties: { trustConfiguredHosts: { type: 'boolean' } }, additionalProperties: false }],
    messages: { target: '{{kind}} {{source}}' },
  },
  defaultOptions: [{ trustConfiguredHosts: true }],
  create(context, [options]) {
    return {
      'Program:exit'() {
        for (const request of findOutgoingRequests(context.sourceCode)) {
          const target = urlTarget(context.sourceCode, request, options);
          const source = target.kind === 'request' || target.kind === 'request-path' ? target.source : '-';
          context.report({ node: request.url, messageId: 'target', data: { kind: target.kind, source } });
        }
      },
    };
  },
});

createRuleTester().run('url-targets', probe, {
  valid: [
    // No outgoing request: nothing to judge.
    "app.get('/u', (req, res) => res.json({ url: req.query.url }));",
  ],
  invalid: [
    // The whole URL from the request.
    {
      code: "app.get('/u', async (req, res) => { res.json(await fetch(req.query.url)); });",
      errors: [{ messageId: 'target', data: { kind: 'request', source: 'req.query' }, line: 1, column: 58, endLine: 1, endColumn: 71 }],
    },
    // Through a variable.
    {
      code: "app.get('/u', async (req, res) => { const target = req.body.target; res.json(await fetch(target)); });",
      errors: [{ messageId: 'target', data: { kind: 'request', source: 'req.body' }, line: 1, column: 90, endLine: 1, endColumn: 96 }],
    },
    // Through destructuring.
    {
      code: "app.get('/u', async (req, res) => { const { url } = req.query; res.json(await fetch(url)); });",
      errors: [{ messageId: 'target', data: { kind: 'request', source: 'req.query' }, line: 1, column: 85, endLine: 1, endColumn: 88 }],
    },
    // Through `String()` and a parsed `URL`.
    {
      code: "app.get('/u', async (req, res) => { res.json(await fetch(String(req.query.url))); });",
      errors: [{ messageId: 'target', data: { kind: 'request', source: 'req.query' }, line: 1, column: 58, endLine: 1, endColumn: 79 }],
    },
    {
      code: "app.get('/u', async (req, res) => { const url = new URL(req.query.url); res.json(await fetch(url.href)); });",
      errors: [{ messageId: 'target', data: { kind: 'request', source: 'req.query' }, line: 1, column: 94, endLine: 1, endColumn: 102 }],
    },
    // The host itself in a template.
    {
      code: "app.get('/u', async (req, res) => { res.json(await fetch(`https://${req.query.host}/x`)); });",
      errors: [{ messageId: 'target', data: { kind: 'request', source: 'req.query' }, line: 1, column: 58, endLine: 1, endColumn: 87 }],
    },
    // After an origin with no slash, the client can still add to the host (`.evil.net`).
    {
      code: "app.get('/u', async (req, res) => { res.json(await fetch('https://api.example.com' + req.query.path)); });",
      errors: [{ messageId: 'target', data: { kind: 'request', source: 'req.query' }, line: 1, column: 58, endLine: 1, endColumn: 100 }],
    },
    // After a fixed origin and a slash, only the path: `request-path`.
    {
      code: "app.get('/u', async (req, res) => { res.json(await fetch('https://api.example.com/' + req.query.path)); });",
      errors: [
        { messageId: 'target', data: { kind: 'request-path', source: 'req.query' }, line: 1, column: 58, endLine: 1, endColumn: 101 },
      ],
    },
    {
      code: "app.get('/u', async (req, res) => { res.json(await fetch(`https://api.example.com/users/${req.params.id}`)); });",
      errors: [
        { messageId: 'target', data: { kind: 'request-path', source: 'req.params' }, line: 1, column: 58, endLine: 1, endColumn: 106 },
      ],
    },
    // A relative path keeps the host of the page or server.
    {
      code: "app.get('/u', async (req, res) => { res.json(await fetch(`/api/${req.query.path}`)); });",
      errors: [
        { messageId: 'target', data: { kind: 'request-path', source: 'req.query' }, line: 1, column: 58, endLine: 1, endColumn: 82 },
      ],
    },
    // A base const whose text fixes the host.
    {
      code: "const BASE = 'https://api.example.com';\napp.get('/u', async (req, res) => { res.json(await fetch(`${BASE}/users/${req.query.id}`)); });",
      errors: [
        { messageId: 'target', data: { kind: 'request-path', source: 'req.query' }, line: 2, column: 58, endLine: 2, endColumn: 89 },
      ],
    },
    // A path placed where the host goes is the host again.
    {
      code: "app.get('/u', async (req, res) => { const path = `/users/${req.query.id}`; res.json(await fetch(`https://${path}`)); });",
      errors: [{ messageId: 'target', data: { kind: 'request', source: 'req.query' }, line: 1, column: 97, endLine: 1, endColumn: 114 }],
    },
    // `new URL(input, base)`: an absolute client URL replaces the base.
    {
      code: "app.get('/u', async (req, res) => { res.json(await fetch(new URL(req.query.path, 'https://api.example.com'))); });",
      errors: [{ messageId: 'target', data: { kind: 'request', source: 'req.query' }, line: 1, column: 58, endLine: 1, endColumn: 108 }],
    },
    // Fixed: literals, module consts, relative paths.
    {
      code: "fetch('https://api.example.com/status');",
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 1, column: 7, endLine: 1, endColumn: 39 }],
    },
    {
      code: "const URL_BASE = 'https://api.example.com';\nasync function load(id) { return fetch(`${URL_BASE}/items/${id}`); }",
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 2, column: 40, endLine: 2, endColumn: 65 }],
    },
    {
      code: 'async function load(id) { return fetch(`/items/${id}`); }',
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 1, column: 40, endLine: 1, endColumn: 54 }],
    },
    // `new URL(path, FIXED)` with a path that does not come from the request.
    {
      code: "async function load(path) { return fetch(new URL(path, 'https://api.example.com')); }",
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 1, column: 42, endLine: 1, endColumn: 82 }],
    },
    {
      code: "async function load() { return fetch(new URL('/items', 'https://api.example.com')); }",
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 1, column: 38, endLine: 1, endColumn: 82 }],
    },
    // A const table of fixed URLs.
    {
      code: "const ENDPOINTS = { users: 'https://a.example.com/users', items: 'https://b.example.com/items' };\nasync function load(name) { return fetch(ENDPOINTS[name]); }",
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 2, column: 42, endLine: 2, endColumn: 57 }],
    },
    // A `let` only appended to keeps its host; any other write does not.
    {
      code: "async function load(q) { let url = 'https://api.example.com/search'; url += '?q=' + q; return fetch(url); }",
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 1, column: 101, endLine: 1, endColumn: 104 }],
    },
    {
      code: "async function load(q, other) { let url = 'https://api.example.com/search'; url = other; return fetch(url); }",
      errors: [{ messageId: 'target', data: { kind: 'variable', source: '-' }, line: 1, column: 103, endLine: 1, endColumn: 106 }],
    },
    // A local URL builder whose every return is fixed.
    {
      code: 'function endpoint(id) { return `https://api.example.com/items/${id}`; }\nasync function load(id) { return fetch(endpoint(id)); }',
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 2, column: 40, endLine: 2, endColumn: 52 }],
    },
    // Both branches of a conditional have to fix the host.
    {
      code: 'async function load(secure, id) { return fetch(secure ? `https://a.example.com/${id}` : `http://a.example.com/${id}`); }',
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 1, column: 48, endLine: 1, endColumn: 117 }],
    },
    {
      code: "async function load(secure, url) { return fetch(secure ? 'https://a.example.com' : url); }",
      errors: [{ messageId: 'target', data: { kind: 'variable', source: '-' }, line: 1, column: 49, endLine: 1, endColumn: 87 }],
    },
    // Configured hosts (`process.env`, `import.meta.env`, imports, `this.baseUrl`) are fixed with `trustConfiguredHosts`, variable without.
    {
      code: 'async function load(id) { return fetch(`${process.env.API_URL}/items/${id}`); }',
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 1, column: 40, endLine: 1, endColumn: 76 }],
    },
    {
      code: 'async function load(id) { return fetch(`${process.env.API_URL}/items/${id}`); }',
      options: [{ trustConfiguredHosts: false }],
      errors: [{ messageId: 'target', data: { kind: 'variable', source: '-' }, line: 1, column: 40, endLine: 1, endColumn: 76 }],
    },
    {
      code: 'async function load(id) { return fetch(`${import.meta.env.VITE_API_URL}/items/${id}`); }',
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 1, column: 40, endLine: 1, endColumn: 85 }],
    },
    {
      code: "import { API_URL } from './config';\nasync function load(id) { return fetch(`${API_URL}/items/${id}`); }",
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 2, column: 40, endLine: 2, endColumn: 64 }],
    },
    {
      code: "import { API_URL } from './config';\nasync function load(id) { return fetch(`${API_URL}/items/${id}`); }",
      options: [{ trustConfiguredHosts: false }],
      errors: [{ messageId: 'target', data: { kind: 'variable', source: '-' }, line: 2, column: 40, endLine: 2, endColumn: 64 }],
    },
    {
      code: "import config from './config';\nasync function load() { return fetch(config.api.url); }",
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 2, column: 38, endLine: 2, endColumn: 52 }],
    },
    {
      code: "import config from './config';\nasync function load() { return fetch(config.api.url); }",
      options: [{ trustConfiguredHosts: false }],
      errors: [{ messageId: 'target', data: { kind: 'variable', source: '-' }, line: 2, column: 38, endLine: 2, endColumn: 52 }],
    },
    {
      code: 'class Client { constructor(baseUrl) { this.baseUrl = baseUrl; } load(id) { return fetch(`${this.baseUrl}/items/${id}`); } }',
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 1, column: 89, endLine: 1, endColumn: 118 }],
    },
    {
      code: 'class Client { constructor(baseUrl) { this.baseUrl = baseUrl; } load(id) { return fetch(`${this.baseUrl}/items/${id}`); } }',
      options: [{ trustConfiguredHosts: false }],
      errors: [{ messageId: 'target', data: { kind: 'variable', source: '-' }, line: 1, column: 89, endLine: 1, endColumn: 118 }],
    },
    // Variable: a parameter or a stored value the file does not show.
    {
      code: 'async function load(url) { return fetch(url); }',
      errors: [{ messageId: 'target', data: { kind: 'variable', source: '-' }, line: 1, column: 41, endLine: 1, endColumn: 44 }],
    },
    {
      code: 'async function load(host) { return fetch(`https://${host}/x`); }',
      errors: [{ messageId: 'target', data: { kind: 'variable', source: '-' }, line: 1, column: 42, endLine: 1, endColumn: 61 }],
    },
    {
      code: 'async function load(row) { return fetch(row.callbackUrl); }',
      errors: [{ messageId: 'target', data: { kind: 'variable', source: '-' }, line: 1, column: 41, endLine: 1, endColumn: 56 }],
    },
    // A client's base URL: the base decides the host, unless an absolute request URL replaces it (axios).
    {
      code: "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.example.com' });\napp.get('/u', async (req, res) => { res.json(await api.get(req.query.path)); });",
      errors: [{ messageId: 'target', data: { kind: 'request', source: 'req.query' }, line: 3, column: 60, endLine: 3, endColumn: 74 }],
    },
    {
      code: "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.example.com' });\napp.get('/u', async (req, res) => { res.json(await api.get(`/users/${req.query.id}`)); });",
      errors: [
        { messageId: 'target', data: { kind: 'request-path', source: 'req.query' }, line: 3, column: 60, endLine: 3, endColumn: 84 },
      ],
    },
    {
      code: "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.example.com' });\nasync function load(path) { return api.get(path); }",
      errors: [{ messageId: 'target', data: { kind: 'fixed', source: '-' }, line: 3, column: 44, endLine: 3, endColumn: 48 }],
    },
    {
      code: "import axios from 'axios';\napp.get('/u', async (req, res) => { const api = axios.create({ baseURL: req.query.base }); res.json(await api.get('/status')); });",
      errors: [{ messageId: 'target', data: { kind: 'request', source: 'req.query' }, line: 2, column: 115, endLine: 2, endColumn: 124 }],
    },
    // got's `prefixUrl` always comes first.
    {
      code: "import got from 'got';\nconst client = got.extend({ prefixUrl: 'https://api.example.com' });\napp.get('/u', async (req, res) => { res.json(await client.get(req.query.path).json()); });",
      errors: [
        { messageId: 'target', data: { kind: 'request-path', source: 'req.query' }, line: 3, column: 63, endLine: 3, endColumn: 77 },
      ],
    },
    // Unknown: a lone config object, a fetch `Request` parameter.
    {
      code: "import axios from 'axios';\nasync function send(config) { return axios(config); }",
      errors: [{ messageId: 'target', data: { kind: 'unknown', source: '-' }, line: 2, column: 44, endLine: 2, endColumn: 50 }],
    },
    {
      code: 'async function forward(request: Request) { return fetch(request); }',
      filename: 'file.ts',
      errors: [{ messageId: 'target', data: { kind: 'unknown', source: '-' }, line: 1, column: 57, endLine: 1, endColumn: 64 }],
    },
  ],
});
