import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { callSitesOf, functionValue, returnedExpressions } from '../../src/analysis/local-functions';
import { createRuleTester } from '../rule-tester';

/** For `probe(f)`: the function `f` names, how many calls in the file invoke it, and how many values it returns. */
const probe = ESLintUtils.RuleCreator.withoutDocs<[], 'found'>({
  meta: { type: 'problem', schema: [], messages: { found: '{{calls}} {{returns}}' } },
  defaultOptions: [],
  create(context) {
    return {
      'CallExpression[callee.name="probe"]'(node: TSESTree.CallExpression) {
        const [argument] = node.arguments;
        if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
        const fn = functionValue(context.sourceCode, argument);
        if (!fn) return;
        const data = {
          calls: String(callSitesOf(context.sourceCode, fn).length),
          returns: String(returnedExpressions(fn, { nested: true }).length),
        };
        context.report({ node: argument, messageId: 'found', data });
      },
    };
  },
});

createRuleTester().run('local-functions', probe, {
  valid: [
    'probe(unknownFunction);',
    'probe(42);',
    'class Store { save(v) { try { return v; } catch { return null; } } run() { this.save(1); } }\nconst store = new Store();\nstore.save(2);\nprobe(Store.prototype.save);',
  ],
  invalid: [
    {
      code: 'function helper(a) { if (a) { return 1; } return 2; }\nhelper(1); helper(2);\nprobe(helper);',
      errors: [{ messageId: 'found', data: { calls: '2', returns: '2' }, line: 3, column: 7, endLine: 3, endColumn: 13 }],
    },
    {
      code: 'const helper = (a) => a + 1;\nhelper(1);\nprobe(helper);',
      errors: [{ messageId: 'found', data: { calls: '1', returns: '1' }, line: 3, column: 7, endLine: 3, endColumn: 13 }],
    },
    {
      code: 'probe(function named() { for (const x of xs) { if (x) return x; } return undefined; });',
      errors: [{ messageId: 'found', data: { calls: '0', returns: '2' }, line: 1, column: 7, endLine: 1, endColumn: 86 }],
    },
  ],
});
