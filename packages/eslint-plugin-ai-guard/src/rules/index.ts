import type { TSESLint } from '@typescript-eslint/utils';

import type { RuleId } from '../catalog';
import jwtPinnedAlgorithm from './jwt-pinned-algorithm';

// Keyed by the catalog's ids, so a catalog entry without an implementation fails to compile.
export const rules: Record<RuleId, TSESLint.RuleModule<string, readonly unknown[]>> = {
  'jwt-pinned-algorithm': jwtPinnedAlgorithm,
};
