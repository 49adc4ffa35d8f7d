import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { hostCheckFor } from '../../src/analysis/host-checks';
import { findOutgoingRequests, mayMakeRequests } from '../../src/analysis/outgoing-requests';
import { urlTarget } from '../../src/analysis/url-targets';
import { createRuleTester } from '../rule-tester';

/** Reports every outgoing request on its URL with the client, who picks the host, and the host check that guards it. */
const probe = ESLintUtils.RuleCreator.withoutDocs<[], 'request'>({
  meta: { type: 'problem', schema: [], messages: { request: '{{client}} {{target}} {{check}}' } },
  defaultOptions: [],
  create(context) {
    return {
      'Program:exit'() {
        for (const request of findOutgoingRequests(context.sourceCode)) {
          const target = urlTarget(context.sourceCode, request, { trustConfiguredHosts: true });
          const check = target.kind === 'request' ? hostCheckFor(context.sourceCode, request.call, target.source) : undefined;
          context.report({
            node: request.url,
            messageId: 'request',
            data: { client: request.client.label, target: target.kind, check: check?.kind ?? 'none' },
          });
        }
      },
    };
  },
});

createRuleTester().run('outgoing-requests, url-targets and host-checks', probe, {
  valid: [
    // Not a client: a local function named fetch, a method of some other object.
    'function fetch(url) { return url; }\nfetch(location);',
    'cache.get(key);',
  ],
  invalid: [
    {
      code: "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.example.com' });\napp.get('/u', async (req, res) => { res.json(await api.get(req.query.path)); });",
      errors: [
        {
          messageId: 'request',
          data: { client: 'axios', target: 'request', check: 'none' },
          line: 3,
          column: 60,
          endLine: 3,
          endColumn: 74,
        },
      ],
    },
    {
      code: "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.example.com' });\napp.get('/u', async (req, res) => { res.json(await api.get(`/users/${req.query.id}`)); });",
      errors: [
        {
          messageId: 'request',
          data: { client: 'axios', target: 'request-path', check: 'none' },
          line: 3,
          column: 60,
          endLine: 3,
          endColumn: 84,
        },
      ],
    },
    {
      code: "import got from 'got';\nconst client = got.extend({ prefixUrl: 'https://api.example.com' });\napp.get('/u', async (req, res) => { res.json(await client.get(req.query.path).json()); });",
      errors: [
        {
          messageId: 'request',
          data: { client: 'got', target: 'request-path', check: 'none' },
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 77,
        },
      ],
    },
    {
      code: "app.get('/u', async (req, res) => { res.json(await fetch(`https://${req.query.host}/x`)); });",
      errors: [
        {
          messageId: 'request',
          data: { client: '`fetch`', target: 'request', check: 'none' },
          line: 1,
          column: 58,
          endLine: 1,
          endColumn: 87,
        },
      ],
    },
    {
      code: "app.get('/u', async (req, res) => { res.json(await fetch('https://api.example.com' + req.query.path)); });",
      errors: [
        {
          messageId: 'request',
          data: { client: '`fetch`', target: 'request', check: 'none' },
          line: 1,
          column: 58,
          endLine: 1,
          endColumn: 100,
        },
      ],
    },
    {
      code: 'async function load(url) { return fetch(url); }',
      errors: [
        {
          messageId: 'request',
          data: { client: '`fetch`', target: 'variable', check: 'none' },
          line: 1,
          column: 41,
          endLine: 1,
          endColumn: 44,
        },
      ],
    },
    {
      code: 'const BASE = process.env.API;\nasync function load(id) { return fetch(`${BASE}/items/${id}`); }',
      errors: [
        {
          messageId: 'request',
          data: { client: '`fetch`', target: 'fixed', check: 'none' },
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 61,
        },
      ],
    },
    {
      code: "import axios from 'axios';\nasync function send(config) { return axios(config); }",
      errors: [
        {
          messageId: 'request',
          data: { client: 'axios', target: 'unknown', check: 'none' },
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 50,
        },
      ],
    },
    {
      code: "import https from 'node:https';\napp.get('/p', (req, res) => { https.get({ hostname: req.query.host, path: '/' }, (r) => r.pipe(res)); });",
      errors: [
        {
          messageId: 'request',
          data: { client: 'Node `http`', target: 'request', check: 'none' },
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 67,
        },
      ],
    },
    {
      code: "const ALLOWED = new Set(['a.example.com']);\napp.get('/p', async (req, res) => { const u = new URL(req.query.url); if (!ALLOWED.has(u.hostname)) return res.end(); res.send(await fetch(u)); });",
      errors: [
        {
          messageId: 'request',
          data: { client: '`fetch`', target: 'request', check: 'host' },
          line: 2,
          column: 140,
          endLine: 2,
          endColumn: 141,
        },
      ],
    },
    {
      code: "app.get('/p', async (req, res) => { if (!req.query.url.startsWith('https://a.example.com')) return res.end(); res.send(await fetch(req.query.url)); });",
      errors: [
        {
          messageId: 'request',
          data: { client: '`fetch`', target: 'request', check: 'raw-string' },
          line: 1,
          column: 132,
          endLine: 1,
          endColumn: 145,
        },
      ],
    },
    {
      code: "import dns from 'node:dns/promises';\nimport ipaddr from 'ipaddr.js';\napp.get('/p', async (req, res) => { const { address } = await dns.lookup(new URL(req.query.url).hostname); if (ipaddr.parse(address).range() !== 'unicast') return res.end(); res.send(await fetch(req.query.url)); });",
      errors: [
        {
          messageId: 'request',
          data: { client: '`fetch`', target: 'request', check: 'address' },
          line: 3,
          column: 196,
          endLine: 3,
          endColumn: 209,
        },
      ],
    },
    {
      code: "import superagent from 'superagent';\napp.get('/p', async (req, res) => { res.send((await superagent.get(req.query.url).redirects(0)).text); });",
      errors: [
        {
          messageId: 'request',
          data: { client: 'superagent', target: 'request', check: 'none' },
          line: 2,
          column: 68,
          endLine: 2,
          endColumn: 81,
        },
      ],
    },
  ],
});

describe('mayMakeRequests', () => {
  const sourceCodeOf = (text: string) => {
    const linter = new Linter({ configType: 'flat' });
    linter.verify(text, [{ files: ['**/*.js'], languageOptions: { sourceType: 'module' } }], { filename: 'file.js' });
    return linter.getSourceCode() as unknown as Readonly<TSESLint.SourceCode>;
  };

  it.each([
    ['the global fetch', 'await fetch(url);'],
    ["Nuxt's global $fetch", 'await $fetch(url);'],
    ['an imported client', "import axios from 'axios';\naxios.get(url);"],
    ['a required client', "const got = require('got');\ngot(url);"],
  ])('is true for a file that may request: %s', (_, text) => {
    const sourceCode = sourceCodeOf(text);
    expect(mayMakeRequests(sourceCode)).toBe(true);
    expect(findOutgoingRequests(sourceCode).length).toBeGreaterThan(0);
  });

  it.each([
    ['no client at all', "import { readFile } from 'node:fs';\ncache.get(key);"],
    ['a client named only in a string', "const name = 'axios';\nlog(name);"],
  ])('is false for a file without a request: %s', (_, text) => {
    const sourceCode = sourceCodeOf(text);
    expect(mayMakeRequests(sourceCode)).toBe(false);
    expect(findOutgoingRequests(sourceCode)).toEqual([]);
  });
});
