import { RuleTester, type InvalidTestCase, type RunTests } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';

const LOCATION_KEYS = ['line', 'column', 'endLine', 'endColumn'] as const;

/**
 * What every expected error must say, so a test pins the whole finding: its location, and the values a message
 * interpolates (`{{name}}`). Returns one line per omission; empty when the case is complete.
 */
export function incompleteExpectations(
  messages: Readonly<Record<string, string>>,
  invalid: readonly InvalidTestCase<string, readonly unknown[]>[],
): string[] {
  return invalid.flatMap((test, index) =>
    test.errors.flatMap((error, errorIndex) => {
      const where = `invalid[${index}].errors[${errorIndex}] (${error.messageId})`;
      const missing: string[] = LOCATION_KEYS.filter((key) => error[key] === undefined);
      if (/\{\{\s*\w+\s*\}\}/.test(messages[error.messageId] ?? '') && error.data === undefined) missing.push('data');
      return missing.length > 0 ? [`${where} does not assert ${missing.join(', ')}`] : [];
    }),
  );
}

/** RuleTester that refuses an expected error without its full location, or without `data` where the message interpolates. */
class CompleteRuleTester extends RuleTester {
  override run<MessageIds extends string, Options extends readonly unknown[]>(
    ruleName: string,
    rule: TSESLint.RuleModule<MessageIds, Options>,
    tests: RunTests<MessageIds, Options>,
  ): void {
    const problems = incompleteExpectations(rule.meta.messages, tests.invalid);
    if (problems.length > 0)
      throw new Error(`${ruleName}: every expected error asserts its full location and data\n  ${problems.join('\n  ')}`);
    super.run(ruleName, rule, tests);
  }
}

/** One tester for every rule: TypeScript parser, ES modules, no type information needed. */
export function createRuleTester(): RuleTester {
  return new CompleteRuleTester({
    languageOptions: {
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    },
  });
}
