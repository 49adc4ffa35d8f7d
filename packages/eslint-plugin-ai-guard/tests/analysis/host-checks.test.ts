import { ESLintUtils } from '@typescript-eslint/utils';

import { hostCheckFor } from '../../src/analysis/host-checks';
import { findOutgoingRequests } from '../../src/analysis/outgoing-requests';
import { urlTarget } from '../../src/analysis/url-targets';
import { createRuleTester } from '../rule-tester';

/** Reports every request whose host the client picks with the check that guards it (and, for a raw-string check, its test). */
const probe = ESLintUtils.RuleCreator.withoutDocs<[], 'check'>({
  meta: { type: 'problem', schema: [], messages: { check: '{{kind}} {{test}}' } },
  defaultOptions: [],
  create(context) {
    return {
      'Program:exit'() {
        for (const request of findOutgoingRequests(context.sourceCode)) {
          const target = urlTarget(context.sourceCode, request, { trustConfiguredHosts: true });
          if (target.kind !== 'request') continue;
          const check = hostCheckFor(context.sourceCode, request.call, target.source);
          const test = check?.kind === 'raw-string' ? context.sourceCode.getText(check.node) : '-';
          context.report({ node: request.url, messageId: 'check', data: { kind: check?.kind ?? 'none', test } });
        }
      },
    };
  },
});

createRuleTester().run('host-checks', probe, {
  valid: [
    // Only requests whose host the client picks are asked about.
    "fetch('https://a.example.com/status');",
    "app.get('/p', async (req, res) => { res.send(await fetch(`https://a.example.com/${req.query.path}`)); });",
  ],
  invalid: [
    // Unguarded.
    {
      code: "app.get('/p', async (req, res) => { res.send(await fetch(req.query.url)); });",
      errors: [{ messageId: 'check', data: { kind: 'none', test: '-' }, line: 1, column: 58, endLine: 1, endColumn: 71 }],
    },
    // host: an allowlist on the parsed hostname, with an early return.
    {
      code: "const ALLOWED = new Set(['a.example.com']);\napp.get('/p', async (req, res) => { const u = new URL(req.query.url); if (!ALLOWED.has(u.hostname)) return res.end(); res.send(await fetch(u)); });",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 2, column: 140, endLine: 2, endColumn: 141 }],
    },
    // A test that does not exit guards nothing.
    {
      code: "const ALLOWED = new Set(['a.example.com']);\napp.get('/p', async (req, res) => { const u = new URL(req.query.url); if (!ALLOWED.has(u.hostname)) console.log('odd'); res.send(await fetch(u)); });",
      errors: [{ messageId: 'check', data: { kind: 'none', test: '-' }, line: 2, column: 142, endLine: 2, endColumn: 143 }],
    },
    // host: an exact comparison, with a throw.
    {
      code: "app.get('/p', async (req, res) => { const u = new URL(req.query.url); if (u.hostname !== 'a.example.com') throw new Error('host'); res.send(await fetch(u)); });",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 1, column: 153, endLine: 1, endColumn: 154 }],
    },
    // host: the request inside the if block.
    {
      code: "app.get('/p', async (req, res) => { const u = new URL(req.query.url); if (u.hostname === 'a.example.com') { res.send(await fetch(u)); } });",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 1, column: 130, endLine: 1, endColumn: 131 }],
    },
    // A comparison of another part of the URL is no host check.
    {
      code: "app.get('/p', async (req, res) => { const u = new URL(req.query.url); if (u.pathname === '/a') { res.send(await fetch(u)); } });",
      errors: [{ messageId: 'check', data: { kind: 'none', test: '-' }, line: 1, column: 119, endLine: 1, endColumn: 120 }],
    },
    // host: a destructured hostname in an array allowlist.
    {
      code: "app.get('/p', async (req, res) => { const { hostname } = new URL(req.query.url); if (!['a.example.com', 'b.example.com'].includes(hostname)) return res.end(); res.send(await fetch(req.query.url)); });",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 1, column: 181, endLine: 1, endColumn: 194 }],
    },
    // host: a suffix test on the normalised hostname.
    {
      code: "app.get('/p', async (req, res) => { if (new URL(req.query.url).hostname.toLowerCase().endsWith('.example.com')) res.send(await fetch(req.query.url)); });",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 1, column: 134, endLine: 1, endColumn: 147 }],
    },
    // host: `host` in a logical guard.
    {
      code: "app.get('/p', async (req, res) => { new URL(req.query.url).host === 'a.example.com' && res.send(await fetch(req.query.url)); });",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 1, column: 109, endLine: 1, endColumn: 122 }],
    },
    // host: a lookup table and `in`.
    {
      code: "const ALLOWED = { 'a.example.com': true };\napp.get('/p', async (req, res) => { const u = new URL(req.query.url); if (!ALLOWED[u.hostname]) return res.end(); res.send(await fetch(u)); });",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 2, column: 136, endLine: 2, endColumn: 137 }],
    },
    {
      code: "app.get('/p', async (req, res) => { const u = new URL(req.query.url); if (!(u.hostname in HOSTS)) return res.end(); res.send(await fetch(u)); });",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 1, column: 138, endLine: 1, endColumn: 139 }],
    },
    // host: a switch whose default exits; a default that goes on guards nothing.
    {
      code: "app.get('/p', async (req, res) => { switch (new URL(req.query.url).hostname) { case 'a.example.com': break; default: return res.end(); } res.send(await fetch(req.query.url)); });",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 1, column: 159, endLine: 1, endColumn: 172 }],
    },
    {
      code: "app.get('/p', async (req, res) => { switch (new URL(req.query.url).hostname) { case 'a.example.com': break; default: console.log('other'); } res.send(await fetch(req.query.url)); });",
      errors: [{ messageId: 'check', data: { kind: 'none', test: '-' }, line: 1, column: 163, endLine: 1, endColumn: 176 }],
    },
    // A check after the request, or inside a function that is never called first, guards nothing.
    {
      code: "app.get('/p', async (req, res) => { res.send(await fetch(req.query.url)); if (new URL(req.query.url).hostname !== 'a.example.com') return; });",
      errors: [{ messageId: 'check', data: { kind: 'none', test: '-' }, line: 1, column: 58, endLine: 1, endColumn: 71 }],
    },
    {
      code: "app.get('/p', async (req, res) => { const check = () => { if (new URL(req.query.url).hostname !== 'a.example.com') return; }; res.send(await fetch(req.query.url)); });",
      errors: [{ messageId: 'check', data: { kind: 'none', test: '-' }, line: 1, column: 148, endLine: 1, endColumn: 161 }],
    },
    // raw-string: startsWith, includes or a pattern test on the raw URL.
    {
      code: "app.get('/p', async (req, res) => { if (!req.query.url.startsWith('https://a.example.com')) return res.end(); res.send(await fetch(req.query.url)); });",
      errors: [
        {
          messageId: 'check',
          data: { kind: 'raw-string', test: "req.query.url.startsWith('https://a.example.com')" },
          line: 1,
          column: 132,
          endLine: 1,
          endColumn: 145,
        },
      ],
    },
    {
      code: "app.get('/p', async (req, res) => { if (req.query.url.includes('example.com')) { res.send(await fetch(req.query.url)); } });",
      errors: [
        {
          messageId: 'check',
          data: { kind: 'raw-string', test: "req.query.url.includes('example.com')" },
          line: 1,
          column: 103,
          endLine: 1,
          endColumn: 116,
        },
      ],
    },
    {
      code: "app.get('/p', async (req, res) => { if (/^https:\\/\\/a\\.example\\.com/.test(req.query.url)) { res.send(await fetch(req.query.url)); } });",
      errors: [
        {
          messageId: 'check',
          data: { kind: 'raw-string', test: '/^https:\\/\\/a\\.example\\.com/.test(req.query.url)' },
          line: 1,
          column: 114,
          endLine: 1,
          endColumn: 127,
        },
      ],
    },
    // A host check after a raw-string one wins.
    {
      code: "app.get('/p', async (req, res) => { if (!req.query.url.startsWith('https://a.example.com')) return res.end(); const u = new URL(req.query.url); if (u.hostname !== 'a.example.com') return res.end(); res.send(await fetch(u)); });",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 1, column: 220, endLine: 1, endColumn: 221 }],
    },
    // address: the name resolved and the address screened; resolving alone is no check.
    {
      code: "import dns from 'node:dns/promises';\nimport ipaddr from 'ipaddr.js';\napp.get('/p', async (req, res) => { const { address } = await dns.lookup(new URL(req.query.url).hostname); if (ipaddr.parse(address).range() !== 'unicast') return res.end(); res.send(await fetch(req.query.url)); });",
      errors: [{ messageId: 'check', data: { kind: 'address', test: '-' }, line: 3, column: 196, endLine: 3, endColumn: 209 }],
    },
    {
      code: "import dns from 'node:dns/promises';\napp.get('/p', async (req, res) => { const { address } = await dns.lookup(new URL(req.query.url).hostname); res.send(await fetch(req.query.url)); });",
      errors: [{ messageId: 'check', data: { kind: 'none', test: '-' }, line: 2, column: 129, endLine: 2, endColumn: 142 }],
    },
    // Local helpers one call deep: a predicate, an assertion statement, a helper handed the parsed host.
    {
      code: "const ALLOWED = new Set(['a.example.com']);\nfunction isAllowed(u) { return ALLOWED.has(new URL(u).hostname); }\napp.get('/p', async (req, res) => { if (!isAllowed(req.query.url)) return res.status(400).end(); res.send(await fetch(req.query.url)); });",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 3, column: 119, endLine: 3, endColumn: 132 }],
    },
    {
      code: "function isAllowed(u) { return u.length < 200; }\napp.get('/p', async (req, res) => { if (!isAllowed(req.query.url)) return res.status(400).end(); res.send(await fetch(req.query.url)); });",
      errors: [{ messageId: 'check', data: { kind: 'none', test: '-' }, line: 2, column: 119, endLine: 2, endColumn: 132 }],
    },
    {
      code: "function assertAllowed(u) { if (new URL(u).hostname !== 'a.example.com') throw new Error('host'); }\napp.get('/p', async (req, res) => { assertAllowed(req.query.url); res.send(await fetch(req.query.url)); });",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 2, column: 88, endLine: 2, endColumn: 101 }],
    },
    {
      code: "function isKnown(host) { return host === 'a.example.com'; }\napp.get('/p', async (req, res) => { const u = new URL(req.query.url); if (!isKnown(u.hostname)) return res.end(); res.send(await fetch(u)); });",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 2, column: 136, endLine: 2, endColumn: 137 }],
    },
    // A helper that makes the request: guarded where every caller that passes the client URL checked first.
    {
      code: "const ALLOWED = new Set(['a.example.com']);\nasync function download(u) { return fetch(u); }\napp.get('/p', async (req, res) => { if (!ALLOWED.has(new URL(req.query.url).hostname)) return res.end(); res.send(await download(req.query.url)); });",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 2, column: 43, endLine: 2, endColumn: 44 }],
    },
    {
      code: "const ALLOWED = new Set(['a.example.com']);\nasync function download(u) { return fetch(u); }\napp.get('/p', async (req, res) => { if (!ALLOWED.has(new URL(req.query.url).hostname)) return res.end(); res.send(await download(req.query.url)); });\ndownload('https://status.example.com');",
      errors: [{ messageId: 'check', data: { kind: 'host', test: '-' }, line: 2, column: 43, endLine: 2, endColumn: 44 }],
    },
    {
      code: "const ALLOWED = new Set(['a.example.com']);\nasync function download(u) { return fetch(u); }\napp.get('/p', async (req, res) => { if (!ALLOWED.has(new URL(req.query.url).hostname)) return res.end(); res.send(await download(req.query.url)); });\napp.get('/q', async (req, res) => { res.send(await download(req.query.url)); });",
      errors: [{ messageId: 'check', data: { kind: 'none', test: '-' }, line: 2, column: 43, endLine: 2, endColumn: 44 }],
    },
    {
      code: "async function download(u) { return fetch(u); }\napp.get('/p', async (req, res) => { if (!req.query.url.startsWith('https://a.example.com')) return res.end(); res.send(await download(req.query.url)); });",
      errors: [
        {
          messageId: 'check',
          data: { kind: 'raw-string', test: "req.query.url.startsWith('https://a.example.com')" },
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 44,
        },
      ],
    },
  ],
});
