import { AST_NODE_TYPES, ESLintUtils } from '@typescript-eslint/utils';

import { findRequestInput } from '../../src/analysis/request-sources';
import { createRuleTester } from '../rule-tester';

/** Reports the request source of the first argument of every `sink(...)` call. */
const probe = ESLintUtils.RuleCreator.withoutDocs<[], 'source'>({
  meta: { type: 'problem', schema: [], messages: { source: '{{source}}' } },
  defaultOptions: [],
  create(context) {
    return {
      'CallExpression[callee.name="sink"]'(node: import('@typescript-eslint/utils').TSESTree.CallExpression) {
        const [argument] = node.arguments;
        if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
        const input = findRequestInput(context.sourceCode, argument);
        if (input) context.report({ node: argument, messageId: 'source', data: { source: input.source } });
      },
    };
  },
});

function source(value: string, line: number, column: number, endLine: number, endColumn: number) {
  return { messageId: 'source' as const, data: { source: value }, line, column, endLine, endColumn };
}

createRuleTester().run('request-sources', probe, {
  valid: [
    // Not request data: constants, module values, locals computed from nothing the request sent.
    "sink('https://example.com');",
    'const query = load(); sink(query.url);',
    'function handler(req) { const url = settings.url; sink(url); }',
    // A destructured name that is not a request container.
    'function handler({ url }) { sink(url); }',
    // `body` of something that is not a parameter.
    'function handler() { const res = get(); sink(res.body.url); }',
    // `.json()` of a response, not of the request parameter.
    'async function handler(req) { const response = await fetch(x); sink((await response.json()).url); }',
  ],
  invalid: [
    {
      code: "app.get('/', (req, res) => sink(req.query.url));",
      errors: [source('req.query', 1, 33, 1, 46)],
    },
    {
      code: 'function handler(req) { const { target } = req.body; sink(target); }',
      errors: [source('req.body', 1, 59, 1, 65)],
    },
    {
      code: 'function handler(req) { const { params } = req; sink(params.id); }',
      errors: [source('req.params', 1, 54, 1, 63)],
    },
    {
      code: 'router.get(async (ctx) => sink(ctx.request.body.link));',
      errors: [source('ctx.request.body', 1, 32, 1, 53)],
    },
    {
      code: 'router.get(async (ctx) => sink(`https://${ctx.query.host}/x`));',
      errors: [source('ctx.query', 1, 32, 1, 61)],
    },
    {
      code: "export function GET(request: NextRequest) { sink(request.nextUrl.searchParams.get('u')!); }",
      filename: 'route.ts',
      errors: [source('request.nextUrl.searchParams', 1, 50, 1, 88)],
    },
    {
      code: "export function GET(request) { const { searchParams } = new URL(request.url); sink(String(searchParams.get('u'))); }",
      errors: [source('new URL(request.url).searchParams', 1, 84, 1, 113)],
    },
    {
      code: 'export async function POST(request) { const { url } = await request.json(); sink(url); }',
      errors: [source('await request.json()', 1, 82, 1, 85)],
    },
    {
      code: 'export async function POST(request) { sink((await request.json()).url); }',
      errors: [source('await request.json()', 1, 44, 1, 70)],
    },
    {
      code: 'const handler = ({ query }) => sink(query.url);',
      errors: [source('query', 1, 37, 1, 46)],
    },
    {
      code: "function handler(req) { let url = req.query.u; url = url.trim(); sink('x' + url); }",
      errors: [source('req.query', 1, 71, 1, 80)],
    },
  ],
});
