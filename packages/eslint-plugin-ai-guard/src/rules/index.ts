import type { TSESLint } from '@typescript-eslint/utils';

import type { RuleId } from '../catalog';
import jwtPinnedAlgorithm from './jwt-pinned-algorithm';
import noCorsWildcardCredentials from './no-cors-wildcard-credentials';
import noRedirectFetch from './no-redirect-fetch';
import noSqlStringBuild from './no-sql-string-build';
import noStackInResponse from './no-stack-in-response';
import noUnvalidatedUrlFetch from './no-unvalidated-url-fetch';
import safeUploadName from './safe-upload-name';

// Keyed by the catalog's ids, so a catalog entry without an implementation fails to compile.
export const rules: Record<RuleId, TSESLint.RuleModule<string, readonly unknown[]>> = {
  'jwt-pinned-algorithm': jwtPinnedAlgorithm,
  'no-cors-wildcard-credentials': noCorsWildcardCredentials,
  'no-redirect-fetch': noRedirectFetch,
  'no-sql-string-build': noSqlStringBuild,
  'no-stack-in-response': noStackInResponse,
  'no-unvalidated-url-fetch': noUnvalidatedUrlFetch,
  'safe-upload-name': safeUploadName,
};
