import type { TSESLint } from '@typescript-eslint/utils';

import { catalog, type RuleId } from './catalog';

export const PLUGIN_PREFIX = 'ai-guard';

/**
 * Test code, by path alone: `*.test.*` and `*.spec.*` files, and every file under a test, tests, __tests__,
 * __mocks__, e2e, fixtures or __fixtures__ folder anywhere in the path. Each pattern ends in `*`, so neither config
 * system lints a file only because it matches one (a `*.test.ts` without a TypeScript parser, a `.spec.json`).
 */
export const TEST_FILES: readonly string[] = ['**/*.{test,spec}.*', '**/{test,tests,__tests__,__mocks__,e2e,fixtures,__fixtures__}/**'];

/**
 * Whether `recommended` keeps a rule on in test files. Off where the danger needs a deployed server (a test server's
 * fetch, stack or CORS reaches no attacker); on where test code is wrong all the same, or gets copied into
 * production (an unpinned `jwt.verify` in a test helper).
 */
export const RECOMMENDED_IN_TEST_FILES: Readonly<Record<RuleId, boolean>> = {
  'jwt-pinned-algorithm': true,
  'no-cors-wildcard-credentials': false,
  'no-redirect-fetch': false,
  'safe-upload-name': true,
  'no-stack-in-response': false,
  'no-unvalidated-url-fetch': false,
  'no-sql-string-build': false,
};

type RuleLevel = 'error' | 'warn';
type RuleEntry = RuleLevel | [RuleLevel, Record<string, unknown>];
type RuleEntries = Record<string, RuleEntry>;

function ruleEntries(variant: 'recommended' | 'strict', inTestFiles?: boolean): RuleEntries {
  return Object.fromEntries(
    catalog
      .filter((entry) => inTestFiles === undefined || RECOMMENDED_IN_TEST_FILES[entry.id] === inTestFiles)
      .map((entry): [string, RuleEntry] => {
        const strictOptions = 'strictOptions' in entry ? entry.strictOptions : undefined;
        const level = variant === 'strict' ? 'error' : entry.severity;
        return [`${PLUGIN_PREFIX}/${entry.id}`, variant === 'strict' && strictOptions ? [level, { ...strictOptions }] : level];
      }),
  );
}

function offEntries(rules: RuleEntries): Record<string, 'off'> {
  return Object.fromEntries(Object.keys(rules).map((rule) => [rule, 'off']));
}

export interface Configs {
  recommended: TSESLint.FlatConfig.Config[];
  strict: TSESLint.FlatConfig.Config[];
  'legacy-recommended': TSESLint.ClassicConfig.Config;
  'legacy-strict': TSESLint.ClassicConfig.Config;
}

/**
 * Flat configs carry the plugin object itself, under `ai-guard` whatever the package is installed as; the legacy-*
 * eslintrc configs name it, so eslintrc resolves `eslint-plugin-ai-guard`: the alias the README installs
 * `@ai-guard/eslint-plugin` under. Flat configs are arrays (spread them); in `recommended` the rules that stay quiet
 * in tests sit in an object that ignores test files rather than in an `off` override, because a `files` pattern such
 * as `**\/*.test.*` would make ESLint lint every matching file, whatever its language.
 */
export function createConfigs(plugin: object): Configs {
  // ESLint's Plugin type has no room for eslintrc configs beside flat ones, and this plugin holds both.
  const plugins = { [PLUGIN_PREFIX]: plugin as TSESLint.FlatConfig.Plugin };
  const outsideTests = ruleEntries('recommended', false);
  return {
    recommended: [
      { name: 'ai-guard/recommended', plugins, rules: ruleEntries('recommended', true) },
      { name: 'ai-guard/recommended/outside-tests', ignores: [...TEST_FILES], rules: outsideTests },
    ],
    strict: [{ name: 'ai-guard/strict', plugins, rules: ruleEntries('strict') }],
    'legacy-recommended': {
      plugins: [PLUGIN_PREFIX],
      rules: ruleEntries('recommended'),
      overrides: [{ files: [...TEST_FILES], rules: offEntries(outsideTests) }],
    },
    'legacy-strict': { plugins: [PLUGIN_PREFIX], rules: ruleEntries('strict') },
  };
}
