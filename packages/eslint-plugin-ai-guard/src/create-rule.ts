import { ESLintUtils } from '@typescript-eslint/utils';

import { catalogEntry, type RuleId } from './catalog';

export const DOCS_BASE_URL = 'https://github.com/ai-guard/ai-guard/blob/main/docs/rules';

export interface AiGuardRuleDocs {
  description: string;
  recommended: boolean;
  requiresTypeChecking: false;
  /** Primary CWE first, e.g. `CWE-347`. */
  cwe: string[];
}

export const createRule = ESLintUtils.RuleCreator<AiGuardRuleDocs>((name) => `${DOCS_BASE_URL}/${name}.md`);

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
