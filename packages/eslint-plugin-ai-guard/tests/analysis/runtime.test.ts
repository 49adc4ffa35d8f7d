import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { moduleRuntime, runtimeAt } from '../../src/analysis/runtime';
import { createRuleTester } from '../rule-tester';

/** Reports where each module runs, on the program. */
const probe = ESLintUtils.RuleCreator.withoutDocs<[], 'runtime'>({
  meta: { type: 'problem', schema: [], messages: { runtime: '{{runtime}}' } },
  defaultOptions: [],
  create(context) {
    return {
      Program(node) {
        context.report({ node, messageId: 'runtime', data: { runtime: moduleRuntime(context.sourceCode) } });
      },
    };
  },
});

createRuleTester().run('runtime', probe, {
  valid: [],
  invalid: [
    {
      code: "'use client';\nexport function A() { return fetch(x); }",
      filename: 'file.tsx',
      errors: [{ messageId: 'runtime', data: { runtime: 'browser' }, line: 1, column: 1, endLine: 2, endColumn: 41 }],
    },
    {
      code: "import { createRoot } from 'react-dom/client';\ncreateRoot(el);",
      filename: 'file.tsx',
      errors: [{ messageId: 'runtime', data: { runtime: 'browser' }, line: 1, column: 1, endLine: 2, endColumn: 16 }],
    },
    {
      code: "self.addEventListener('fetch', (event) => event.respondWith(fetch(event.request)));",
      filename: 'file.tsx',
      errors: [{ messageId: 'runtime', data: { runtime: 'browser' }, line: 1, column: 1, endLine: 1, endColumn: 84 }],
    },
    {
      code: "document.title = 'x';",
      filename: 'file.tsx',
      errors: [{ messageId: 'runtime', data: { runtime: 'browser' }, line: 1, column: 1, endLine: 1, endColumn: 22 }],
    },
    {
      code: 'export function Card() { return <div />; }',
      filename: 'file.tsx',
      errors: [{ messageId: 'runtime', data: { runtime: 'component' }, line: 1, column: 1, endLine: 1, endColumn: 43 }],
    },
    {
      code: "import { useEffect } from 'react';\nexport function useThing() { useEffect(() => {}, []); }",
      filename: 'file.tsx',
      errors: [{ messageId: 'runtime', data: { runtime: 'component' }, line: 1, column: 1, endLine: 2, endColumn: 56 }],
    },
    {
      code: "if (typeof window === 'undefined') { start(); }",
      filename: 'file.tsx',
      errors: [{ messageId: 'runtime', data: { runtime: 'server' }, line: 1, column: 1, endLine: 1, endColumn: 48 }],
    },
    {
      code: "app.get('/', (req, res) => res.send('ok'));",
      filename: 'file.tsx',
      errors: [{ messageId: 'runtime', data: { runtime: 'server' }, line: 1, column: 1, endLine: 1, endColumn: 44 }],
    },
  ],
});

/** Reports where the code at each `probe()` call runs. */
const probeAt = ESLintUtils.RuleCreator.withoutDocs<[], 'runtime'>({
  meta: { type: 'problem', schema: [], messages: { runtime: '{{runtime}}' } },
  defaultOptions: [],
  create(context) {
    return {
      'CallExpression[callee.name="probe"]'(node: TSESTree.CallExpression) {
        context.report({ node, messageId: 'runtime', data: { runtime: runtimeAt(context.sourceCode, node) } });
      },
    };
  },
});

createRuleTester().run('runtimeAt', probeAt, {
  valid: [],
  invalid: [
    {
      // A Remix route module: the loader runs on the server, the component in the browser.
      code: 'export async function loader({ request }) { return probe(); }\nexport default function Page() { probe(); return <main />; }',
      filename: 'file.tsx',
      errors: [
        { messageId: 'runtime', data: { runtime: 'server' }, line: 1, column: 52, endLine: 1, endColumn: 59 },
        { messageId: 'runtime', data: { runtime: 'component' }, line: 2, column: 34, endLine: 2, endColumn: 41 },
      ],
    },
    {
      code: 'export const getServerSideProps = async () => ({ props: probe() });\nexport default function Page() { return <main />; }',
      filename: 'file.tsx',
      errors: [{ messageId: 'runtime', data: { runtime: 'server' }, line: 1, column: 57, endLine: 1, endColumn: 64 }],
    },
    {
      code: "export default function Page() {\n  async function save() { 'use server'; probe(); }\n  return <form action={save} />;\n}",
      filename: 'file.tsx',
      errors: [{ messageId: 'runtime', data: { runtime: 'server' }, line: 2, column: 41, endLine: 2, endColumn: 48 }],
    },
    {
      // Not exported: a local function named loader is component code like the rest.
      code: 'async function loader() { return probe(); }\nexport default function Page() { return <main />; }',
      filename: 'file.tsx',
      errors: [{ messageId: 'runtime', data: { runtime: 'component' }, line: 1, column: 34, endLine: 1, endColumn: 41 }],
    },
    {
      code: "'use client';\nexport async function loader() { return probe(); }",
      filename: 'file.tsx',
      errors: [{ messageId: 'runtime', data: { runtime: 'browser' }, line: 2, column: 41, endLine: 2, endColumn: 48 }],
    },
  ],
});
