import type { RuleId } from '../catalog';
import { CORS_DOCS } from './cors';
import type { LibraryDocs } from './docs';
import { ERROR_LIBRARY_DOCS } from './errors';
import { HTTP_CLIENT_DOCS } from './http-clients';
import { JWT_LIBRARY_DOCS } from './jwt';
import { SQL_LIBRARY_DOCS } from './sql';
import { UPLOAD_DOCS } from './uploads';

/** Each rule's library table as its docs page lists it; rendered by `scripts/generate-docs.mjs`. */
export const LIBRARY_DOCS: Partial<Record<RuleId, LibraryDocs>> = {
  'jwt-pinned-algorithm': JWT_LIBRARY_DOCS,
  'no-cors-wildcard-credentials': CORS_DOCS,
  'no-redirect-fetch': HTTP_CLIENT_DOCS,
  'no-sql-string-build': SQL_LIBRARY_DOCS,
  'no-stack-in-response': ERROR_LIBRARY_DOCS,
  'no-unvalidated-url-fetch': HTTP_CLIENT_DOCS,
  'safe-upload-name': UPLOAD_DOCS,
};
