// Python twin of ai-guard/no-redirect-fetch: requests, httpx, aiohttp, urllib and urllib3 calls that follow
// redirects, with a URL whose host comes from request input (followsRequestUrl). A taint rule, so a URL built in a
// variable is followed to where it was built; request data that only fills the path after a fixed host is a sanitizer.
// The ESLint rule's opt-in followsRedirects (non-constant URLs no request input reaches) has no twin: Semgrep has
// no options, and the pack mirrors the recommended config.
import { importsAny } from '../lib/anchors.mjs';
import { all, focus } from '../lib/patterns.mjs';
import {
  CLIENT_MODULES,
  fixedHostBuilds,
  redirectFollowingCalls,
  redirectingHelperArguments,
  redirectsOffOnCall,
} from '../libraries/http-clients.mjs';
import { requestInput } from '../libraries/web.mjs';

const anchor = importsAny(CLIENT_MODULES);

const FIX = '`allow_redirects=False`; httpx `follow_redirects=False`; urllib3 `redirect=False`';

export default {
  id: 'no-redirect-fetch',
  comment: `
Limited to files that import an HTTP client. Clients, their redirect defaults and opt-outs come from
semgrep-rules/src/libraries/http-clients.mjs; request input from semgrep-rules/src/libraries/web.mjs.`,
  confidence: 'MEDIUM',
  likelihood: 'MEDIUM',
  impact: 'HIGH',
  technology: ['python', 'requests', 'httpx', 'aiohttp', 'urllib', 'urllib3'],
  references: [
    'https://owasp.org/www-community/attacks/Server_Side_Request_Forgery',
    'https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html',
  ],
  checks: {
    followsRequestUrl: {
      summary: 'A URL whose host comes from request input reaches a call that follows redirects.',
      message: `This client follows redirects for \`$URL\`, which comes from the request, so the caller picks a host that
        can bounce it to an internal address. Disable redirects (${FIX}) and check each \`Location\` yourself.`,
      mode: 'taint',
      'pattern-sources': requestInput,
      'pattern-sanitizers': fixedHostBuilds,
      'pattern-sinks': [all(redirectFollowingCalls, ...redirectsOffOnCall, focus('$URL'), anchor), all(redirectingHelperArguments, anchor)],
    },
  },
};
