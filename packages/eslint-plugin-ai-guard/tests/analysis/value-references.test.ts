import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { readsOfStoredValue } from '../../src/analysis/value-references';
import { createRuleTester } from '../rule-tester';

/** For each `probe(...)` call: how many identifiers read back the const that stores its value. */
const probe = ESLintUtils.RuleCreator.withoutDocs<[], 'found'>({
  meta: { type: 'problem', schema: [], messages: { found: '{{reads}}' } },
  defaultOptions: [],
  create(context) {
    return {
      'CallExpression[callee.name="probe"]'(node: TSESTree.CallExpression) {
        const reads = readsOfStoredValue(context.sourceCode, node);
        if (reads.length > 0) context.report({ node, messageId: 'found', data: { reads: String(reads.length) } });
      },
    };
  },
});

createRuleTester().run('value-references', probe, {
  valid: ['probe(x).then(use);', 'return probe(x);', 'const { a } = probe(x);\nuse(a);', 'const unused = probe(x);'],
  invalid: [
    {
      code: "const decoded = probe(token);\nif (decoded.user.role === 'admin') allow();",
      errors: [{ messageId: 'found', data: { reads: '1' }, line: 1, column: 17, endLine: 1, endColumn: 29 }],
    },
    {
      code: 'const client = probe(options);\nclient.get(a);\nclient.post(b);',
      errors: [{ messageId: 'found', data: { reads: '2' }, line: 1, column: 16, endLine: 1, endColumn: 30 }],
    },
    {
      code: 'let later;\nconst stored = await probe(x);\nuse(stored);',
      errors: [{ messageId: 'found', data: { reads: '1' }, line: 2, column: 22, endLine: 2, endColumn: 30 }],
    },
  ],
});
