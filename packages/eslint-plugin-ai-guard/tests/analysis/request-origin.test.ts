import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, type FunctionNode } from '../../src/analysis/local-functions';
import { originAnalysis, type OriginSeed } from '../../src/analysis/request-origin';
import { createRuleTester } from '../rule-tester';

/**
 * `sink(x)` reports the Origin `x` carries where it is written (`reflected`, or `loose` with the check and an example);
 * `test(x)` reports what the test `x` checks about the Origin. Functions passed to `originFunction(fn)` receive the
 * Origin as their first parameter, as a CORS library's origin function does.
 */
const probe = ESLintUtils.RuleCreator.withoutDocs<[], 'origin' | 'test'>({
  meta: { type: 'problem', schema: [], messages: { origin: '{{verdict}}|{{check}}|{{example}}', test: '{{kind}}|{{check}}|{{example}}' } },
  defaultOptions: [],
  create(context) {
    const sinks: TSESTree.Node[] = [];
    const tests: TSESTree.Node[] = [];
    const seeds = new Map<FunctionNode, OriginSeed[]>();
    return {
      'CallExpression[callee.type="Identifier"]'(node: TSESTree.CallExpression) {
        const [argument] = node.arguments;
        if (!argument || argument.type === AST_NODE_TYPES.SpreadElement || node.callee.type !== AST_NODE_TYPES.Identifier) return;
        if (node.callee.name === 'sink') sinks.push(argument);
        if (node.callee.name === 'test') tests.push(argument);
        if (node.callee.name === 'originFunction' && isFunctionNode(argument)) seeds.set(argument, ['origin']);
      },
      'Program:exit'() {
        const analysis = originAnalysis(context.sourceCode, seeds);
        for (const node of sinks) {
          const origin = analysis.reachingOrigin(node);
          if (!origin) continue;
          const check = origin.loose ? context.sourceCode.getText(origin.loose.node) : '';
          context.report({
            node,
            messageId: 'origin',
            data: { verdict: origin.loose ? 'loose' : 'reflected', check, example: origin.loose?.example ?? '' },
          });
        }
        for (const node of tests) {
          const verdict = analysis.judge(node, true);
          const check = verdict.kind === 'loose' ? context.sourceCode.getText(verdict.node) : '';
          const example = verdict.kind === 'loose' ? verdict.example : '';
          context.report({ node, messageId: 'test', data: { kind: verdict.kind, check, example } });
        }
      },
    };
  },
});

createRuleTester().run('request-origin', probe, {
  valid: [
    // Not the Origin header.
    "app.get('/x', (req, res) => { sink(req.headers.host); res.end(); });",
    "app.get('/x', (req, res) => { sink(req.query.origin); res.end(); });",
    // Koa's `ctx.origin` is this server's own origin.
    'app.use(async (ctx) => { sink(ctx.origin); ctx.status = 204; });',
    // A parameter that no framework fills.
    'function reflect(headers) { sink(headers.origin); }',
    // Only after an exact check.
    'app.use((req, res) => { const origin = req.headers.origin; if (ALLOWED.has(origin)) sink(origin); res.end(); });',
    "app.use((req, res) => { const o = req.get('Origin'); if (!ALLOWED.includes(o)) return res.sendStatus(403); sink(o); });",
    "app.use((req, res) => { const o = req.headers.origin; sink(ALLOWED.indexOf(o) !== -1 ? o : ''); res.end(); });",
    "app.use((req, res) => { const o = req.headers.origin; switch (o) { case 'https://a.example': sink(o); } res.end(); });",
    'app.use((req, res) => { const o = req.headers.origin; if (/^https:\\/\\/(www\\.)?example\\.com$/.test(o)) sink(o); res.end(); });',
    'app.use((req, res) => { const o = req.headers.origin; if (isAllowedOrigin(o)) sink(o); res.end(); });',
    // A check on an exact allowlist inside a local helper.
    'const ok = (o) => ALLOWED.has(o); app.use((req, res) => { const o = req.headers.origin; if (ok(o)) sink(o); res.end(); });',
    // Reached only when no Origin was sent.
    'originFunction((origin, cb) => { if (!origin) sink(origin); });',
  ],
  invalid: [
    {
      // several bindings deep
      code: 'app.use((req, res, next) => { const o = req.headers.origin; const allowed = o; sink(allowed); res.end(); });',
      errors: [
        { messageId: 'origin', data: { verdict: 'reflected', check: '', example: '' }, line: 1, column: 85, endLine: 1, endColumn: 92 },
      ],
    },
    {
      // a denylist: the Origin gets through when the check fails, so the check proves nothing about it
      code: "originFunction((origin) => { if (origin.includes('evil')) return; sink(origin); });",
      errors: [
        { messageId: 'origin', data: { verdict: 'reflected', check: '', example: '' }, line: 1, column: 72, endLine: 1, endColumn: 78 },
      ],
    },
    {
      // a helper one call deep
      code: "function originOf(req) { return req.get('Origin'); }\napp.use((req, res) => { sink(originOf(req)); res.end(); });",
      errors: [
        { messageId: 'origin', data: { verdict: 'reflected', check: '', example: '' }, line: 2, column: 30, endLine: 2, endColumn: 43 },
      ],
    },
    {
      // Koa, Hono, fetch Request, h3
      code: "router.get('/x', (ctx) => { sink(ctx.get('Origin')); ctx.body = 'ok'; });\napp.get('/y', (c) => { sink(c.req.header('origin')); return c.text('ok'); });\nexport function GET(request) { sink(request.headers.get('origin') ?? ''); }\nexport default defineEventHandler((event) => sink(getHeader(event, 'origin')));",
      errors: [
        { messageId: 'origin', data: { verdict: 'reflected', check: '', example: '' }, line: 1, column: 34, endLine: 1, endColumn: 51 },
        { messageId: 'origin', data: { verdict: 'reflected', check: '', example: '' }, line: 2, column: 29, endLine: 2, endColumn: 51 },
        { messageId: 'origin', data: { verdict: 'reflected', check: '', example: '' }, line: 3, column: 37, endLine: 3, endColumn: 72 },
        { messageId: 'origin', data: { verdict: 'reflected', check: '', example: '' }, line: 4, column: 51, endLine: 4, endColumn: 77 },
      ],
    },
    {
      // Nest `@Headers('origin')`
      code: "import { Controller, Get, Headers } from '@nestjs/common';\n@Controller() class A { @Get() x(@Headers('origin') origin: string) { sink(origin); } }",
      filename: 'file.ts',
      errors: [
        { messageId: 'origin', data: { verdict: 'reflected', check: '', example: '' }, line: 2, column: 76, endLine: 2, endColumn: 82 },
      ],
    },
    {
      // a truthiness test is no check
      code: 'app.use((req, res) => { const o = req.headers.origin; if (o) sink(o); res.end(); });',
      errors: [
        { messageId: 'origin', data: { verdict: 'reflected', check: '', example: '' }, line: 1, column: 67, endLine: 1, endColumn: 68 },
      ],
    },
    {
      // a suffix with no dot boundary
      code: "app.use((req, res) => { const o = req.headers.origin; if (o && o.endsWith('example.com')) sink(o); res.end(); });",
      errors: [
        {
          messageId: 'origin',
          data: { verdict: 'loose', check: "o.endsWith('example.com')", example: 'https://attacker-example.com' },
          line: 1,
          column: 96,
          endLine: 1,
          endColumn: 97,
        },
      ],
    },
    {
      // an earlier exit on a substring test, through a conditional value
      code: "originFunction((origin) => { if (origin.indexOf('example.com') === -1) return null; sink(origin); });",
      errors: [
        {
          messageId: 'origin',
          data: { verdict: 'loose', check: "origin.indexOf('example.com')", example: 'https://attacker-example.com' },
          line: 1,
          column: 90,
          endLine: 1,
          endColumn: 96,
        },
      ],
    },
    {
      // a conditional value
      code: 'originFunction((origin) => sink(/example\\.com/.test(origin) ? origin : null));',
      errors: [
        {
          messageId: 'origin',
          data: { verdict: 'loose', check: '/example\\.com/.test(origin)', example: 'https://example.com.attacker.net' },
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 76,
        },
      ],
    },
    {
      // the parsed host, checked without a dot boundary
      code: "originFunction((origin) => { if (new URL(origin).hostname.endsWith('example.com')) sink(origin); });",
      errors: [
        {
          messageId: 'origin',
          data: { verdict: 'loose', check: "new URL(origin).hostname.endsWith('example.com')", example: 'https://attacker-example.com' },
          line: 1,
          column: 89,
          endLine: 1,
          endColumn: 95,
        },
      ],
    },
    {
      // the tests themselves
      code: [
        'originFunction((origin) => test(ALLOWED.includes(origin)));',
        'originFunction((origin) => test(!origin));',
        "originFunction((origin) => test(origin.startsWith('https://example.com')));",
        "originFunction((origin) => test(['https://a.example', 'null'].includes(origin)));",
        'originFunction((origin) => test(DOMAINS.some((d) => origin.includes(d))));',
        "originFunction((origin) => test(['.example.com', 'example.org'].some((d) => origin.endsWith(d))));",
        'originFunction((origin) => test(!origin || isAllowed(origin)));',
        "function isAllowed(o) { return o.endsWith('.vercel.app'); }",
      ].join('\n'),
      errors: [
        { messageId: 'test', data: { kind: 'exact', check: '', example: '' }, line: 1, column: 33, endLine: 1, endColumn: 57 },
        { messageId: 'test', data: { kind: 'absent', check: '', example: '' }, line: 2, column: 33, endLine: 2, endColumn: 40 },
        {
          messageId: 'test',
          data: { kind: 'loose', check: "origin.startsWith('https://example.com')", example: 'https://example.com.attacker.net' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 73,
        },
        {
          messageId: 'test',
          data: { kind: 'loose', check: "['https://a.example', 'null'].includes(origin)", example: 'null' },
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 79,
        },
        {
          messageId: 'test',
          data: { kind: 'loose', check: 'origin.includes(d)', example: 'https://<allowed origin>.attacker.net' },
          line: 5,
          column: 33,
          endLine: 5,
          endColumn: 72,
        },
        {
          messageId: 'test',
          data: { kind: 'loose', check: 'origin.endsWith(d)', example: 'https://attacker-example.org' },
          line: 6,
          column: 33,
          endLine: 6,
          endColumn: 96,
        },
        {
          messageId: 'test',
          data: { kind: 'loose', check: "o.endsWith('.vercel.app')", example: 'https://attacker.vercel.app' },
          line: 7,
          column: 33,
          endLine: 7,
          endColumn: 61,
        },
      ],
    },
  ],
});
