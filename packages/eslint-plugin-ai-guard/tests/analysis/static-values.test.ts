import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { readOption, staticString } from '../../src/analysis/static-values';
import { createRuleTester } from '../rule-tester';

/** Reports what `readOption(<first argument>, ["verify", "algorithms"])` answers for each `probe(...)` call. */
const probe = ESLintUtils.RuleCreator.withoutDocs({
  meta: { type: 'problem', schema: [], messages: { lookup: '{{kind}} {{value}}' } },
  defaultOptions: [],
  create(context) {
    return {
      'CallExpression[callee.name="probe"]'(call: TSESTree.CallExpression) {
        const scope = context.sourceCode.getScope(call);
        const lookup = readOption(call.arguments[0], ['verify', 'algorithms'], scope);
        const value =
          lookup.kind === 'present' && lookup.value.type === AST_NODE_TYPES.ArrayExpression && lookup.value.elements[0]
            ? (staticString(lookup.value.elements[0], scope) ?? '?')
            : '-';
        context.report({ node: call, messageId: 'lookup', data: { kind: lookup.kind, value } });
      },
    };
  },
});

const answer = (kind: string, value: string, line: number, column: number, endColumn: number) => ({
  messageId: 'lookup' as const,
  data: { kind, value },
  line,
  column,
  endLine: line,
  endColumn,
});

createRuleTester().run('static-values', probe, {
  valid: [],
  invalid: [
    {
      code: `probe({ verify: { algorithms: ['RS256'] } });`,
      errors: [answer('present', 'RS256', 1, 1, 45)],
    },
    {
      code: `const options = { verify: { algorithms: ['ES256'] } };
probe(options);`,
      errors: [answer('present', 'ES256', 2, 1, 15)],
    },
    {
      code: `const verify = { algorithms: ['HS384'] };
probe({ verify });`,
      errors: [answer('present', 'HS384', 2, 1, 18)],
    },
    {
      code: `const base = { verify: { algorithms: ['PS256'] } };
probe({ secret, ...base });`,
      errors: [answer('present', 'PS256', 2, 1, 27)],
    },
    {
      code: `const base = { verify: { algorithms: ['PS256'] } };
probe({ ...base, verify: { issuer: 'me' } });`,
      errors: [answer('absent', '-', 2, 1, 45)],
    },
    {
      code: `const config = { auth: { verify: { algorithms: ['EdDSA'] } } };
probe(config.auth);`,
      errors: [answer('present', 'EdDSA', 2, 1, 19)],
    },
    {
      code: `const { auth } = { auth: { verify: { algorithms: ['ES384'] } } };
probe(auth as Options);`,
      errors: [answer('present', 'ES384', 2, 1, 23)],
    },
    {
      code: `probe({ secret: 'x' });`,
      errors: [answer('absent', '-', 1, 1, 23)],
    },
    {
      code: `probe();`,
      errors: [answer('absent', '-', 1, 1, 8)],
    },
    {
      code: `import { options } from './config';
probe(options);`,
      errors: [answer('unknown', '-', 2, 1, 15)],
    },
    {
      code: `probe({ ...loadOptions() });`,
      errors: [answer('unknown', '-', 1, 1, 28)],
    },
    {
      code: `probe({ [key]: { algorithms: ['HS256'] } });`,
      errors: [answer('unknown', '-', 1, 1, 44)],
    },
    {
      code: `let options = { verify: { algorithms: ['HS256'] } };
options = load();
probe(options);`,
      errors: [answer('unknown', '-', 3, 1, 15)],
    },
  ],
});
