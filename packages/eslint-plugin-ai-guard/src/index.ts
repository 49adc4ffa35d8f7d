import type { TSESLint } from '@typescript-eslint/utils';

import { catalog } from './catalog';
import { packageJson } from './create-rule';
import { rules } from './rules';

const PLUGIN_PREFIX = 'ai-guard';

type RuleLevel = 'error' | 'warn';
type RuleEntry = RuleLevel | [RuleLevel, Record<string, unknown>];

function ruleEntries(variant: 'recommended' | 'strict'): Record<string, RuleEntry> {
  return Object.fromEntries(
    catalog.map((entry): [string, RuleEntry] => {
      const strictOptions = 'strictOptions' in entry ? entry.strictOptions : undefined;
      const level = variant === 'strict' ? 'error' : entry.severity;
      return [`${PLUGIN_PREFIX}/${entry.id}`, variant === 'strict' && strictOptions ? [level, { ...strictOptions }] : level];
    }),
  );
}

interface Configs {
  recommended: TSESLint.FlatConfig.Config;
  strict: TSESLint.FlatConfig.Config;
  'legacy-recommended': TSESLint.ClassicConfig.Config;
  'legacy-strict': TSESLint.ClassicConfig.Config;
}

const plugin = {
  meta: { name: packageJson.name, version: packageJson.version },
  rules,
  configs: {} as Configs,
};

// Flat configs carry the plugin object itself, under `ai-guard` whatever the package is installed as; the
// legacy-* eslintrc configs name it, so eslintrc resolves `eslint-plugin-ai-guard`: the alias the README installs
// `@ai-guard/eslint-plugin` under.
plugin.configs = {
  recommended: { name: 'ai-guard/recommended', plugins: { [PLUGIN_PREFIX]: plugin }, rules: ruleEntries('recommended') },
  strict: { name: 'ai-guard/strict', plugins: { [PLUGIN_PREFIX]: plugin }, rules: ruleEntries('strict') },
  'legacy-recommended': { plugins: [PLUGIN_PREFIX], rules: ruleEntries('recommended') },
  'legacy-strict': { plugins: [PLUGIN_PREFIX], rules: ruleEntries('strict') },
};

export = plugin;
