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
 */
export const createRule: typeof ruleCreator = (rule) =>
  ruleCreator({ ...rule, meta: { ...rule.meta, defaultOptions: rule.defaultOptions } });

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
