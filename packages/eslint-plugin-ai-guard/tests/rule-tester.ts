import { RuleTester } from '@typescript-eslint/rule-tester';

/** One tester for every rule: TypeScript parser, ES modules, no type information needed. */
export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    },
  });
}
