import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { classOfReceiver } from '../../src/analysis/local-classes';
import { createRuleTester } from '../rule-tester';

/** Reports the class declared in this file that `probe(x)`'s argument is an instance of. */
const probe = ESLintUtils.RuleCreator.withoutDocs<[], 'found'>({
  meta: { type: 'problem', schema: [], messages: { found: '{{name}}' } },
  defaultOptions: [],
  create(context) {
    return {
      'CallExpression[callee.name="probe"]'(node: TSESTree.CallExpression) {
        const [argument] = node.arguments;
        if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
        const found = classOfReceiver(context.sourceCode, argument);
        if (found?.id) context.report({ node: argument, messageId: 'found', data: { name: found.id.name } });
      },
    };
  },
});

createRuleTester().run('local-classes', probe, {
  valid: [
    'class Fetcher { get() {} }\nfunction run(fetcher) { return probe(fetcher); }',
    "import { Fetcher } from './fetcher';\nclass Api { constructor(private readonly fetcher: Fetcher) {} run() { return probe(this.fetcher); } }",
    'probe(this);',
  ],
  invalid: [
    {
      code: 'class Store { load() { return 1; } run() { return probe(this); } }',
      filename: 'file.ts',
      errors: [{ messageId: 'found', data: { name: 'Store' }, line: 1, column: 57, endLine: 1, endColumn: 61 }],
    },
    {
      code: 'class Fetcher { get() {} }\nclass Api { constructor(private readonly fetcher: Fetcher) {} run() { return probe(this.fetcher); } }',
      filename: 'file.ts',
      errors: [{ messageId: 'found', data: { name: 'Fetcher' }, line: 2, column: 84, endLine: 2, endColumn: 96 }],
    },
    {
      code: 'class Fetcher { get() {} }\nclass Api { private fetcher: Fetcher; run() { return probe(this.fetcher); } }',
      filename: 'file.ts',
      errors: [{ messageId: 'found', data: { name: 'Fetcher' }, line: 2, column: 60, endLine: 2, endColumn: 72 }],
    },
    {
      code: 'class Fetcher { get() {} }\nconst fetcher = new Fetcher();\nprobe(fetcher);',
      filename: 'file.ts',
      errors: [{ messageId: 'found', data: { name: 'Fetcher' }, line: 3, column: 7, endLine: 3, endColumn: 14 }],
    },
    {
      code: 'class Fetcher { get() {} }\nfunction run(fetcher: Fetcher) { return probe(fetcher); }',
      filename: 'file.ts',
      errors: [{ messageId: 'found', data: { name: 'Fetcher' }, line: 2, column: 47, endLine: 2, endColumn: 54 }],
    },
  ],
});
