import { ESLintUtils } from '@typescript-eslint/utils';

import { moduleRuntime } from '../../src/analysis/runtime';
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
