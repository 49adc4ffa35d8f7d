import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ESLintUtils } from '@typescript-eslint/utils';

import { catalogEntry, type RuleId } from './catalog';

/** The plugin's own package.json (`src/` in tests and `dist/` when installed both sit beside it). */
export const packageJson = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { name: string; version: string };

/** The rule pages as published with this version (its release tag), so a link never shows another version's docs. */
export const DOCS_BASE_URL = `https://github.com/ai-guard/ai-guard/blob/v${packageJson.version}/docs/rules`;

export interface AiGuardRuleDocs {
  description: string;
  recommended: boolean;
  requiresTypeChecking: false;
  /** Primary CWE first, e.g. `CWE-347`. */
  cwe: string[];
}

const ruleCreator = ESLintUtils.RuleCreator<AiGuardRuleDocs>((name) => `${DOCS_BASE_URL}/${name}.md`);

/**
 * typescript-eslint's rule creator, plus `meta.defaultOptions` taken from `defaultOptions`, so a rule writes its
 * defaults once and ESLint 9+ (and the docs generator) still see them in `meta`.
 *
 * The creator's own `create` clones the defaults with `structuredClone` for every file, and the first
 * `structuredClone` after a parse costs 60–80 µs (measured per file over the real-code corpus: as much as the
 * rest of a rule's work on a file that holds nothing for it). The defaults are frozen instead and merged with the
 * user's options by the creator's own `deepMerge`, without a clone, where ESLint has not merged them already.
 */
export const createRule: typeof ruleCreator = (rule) => {
  const defaults = deepFreeze(rule.defaultOptions);
  const created = ruleCreator({ ...rule, meta: { ...rule.meta, defaultOptions: defaults } });
  return { ...created, create: (context) => rule.create(context, withDefaults(defaults ?? [], context.options) as typeof defaults & {}) };
};

function withDefaults(defaults: readonly unknown[], userOptions: readonly unknown[]): readonly unknown[] {
  if (userOptions.length === 0 || sameOptions(defaults, userOptions)) return defaults;
  return defaults.map((option, index) => {
    const userOption = userOptions[index];
    if (userOption === undefined) return option;
    if (!ESLintUtils.isObjectNotArray(option) || !ESLintUtils.isObjectNotArray(userOption)) return userOption;
    // ESLint 9+ has merged `meta.defaultOptions` already; the merge (µs a rule and file) is for 8.57's options.
    return Object.keys(option).every((key) => key in userOption) ? userOption : ESLintUtils.deepMerge(option, userOption);
  });
}

/** ESLint 9+ hands a rule configured by severity alone a copy of `meta.defaultOptions` that holds the same objects. */
function sameOptions(defaults: readonly unknown[], userOptions: readonly unknown[]): boolean {
  for (let index = 0; index < defaults.length; index++) if (userOptions[index] !== defaults[index]) return false;
  return true;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}

/** `meta.docs` for a rule, read from the catalog so the description and CWE are written once. */
export function docsFor(id: RuleId): AiGuardRuleDocs {
  const entry = catalogEntry(id);
  return {
    description: entry.summary,
    recommended: true,
    requiresTypeChecking: false,
    cwe: entry.cwe.map((title) => title.split(':')[0] ?? title),
  };
}
