import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { TSESLint } from '@typescript-eslint/utils';

import { catalog } from './catalog';
import { rules } from './rules';

const packageJson = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

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

// Flat configs carry the plugin object itself; the legacy-* eslintrc configs name it by its package.
plugin.configs = {
  recommended: { name: 'ai-guard/recommended', plugins: { [PLUGIN_PREFIX]: plugin }, rules: ruleEntries('recommended') },
  strict: { name: 'ai-guard/strict', plugins: { [PLUGIN_PREFIX]: plugin }, rules: ruleEntries('strict') },
  'legacy-recommended': { plugins: [PLUGIN_PREFIX], rules: ruleEntries('recommended') },
  'legacy-strict': { plugins: [PLUGIN_PREFIX], rules: ruleEntries('strict') },
};

export = plugin;
