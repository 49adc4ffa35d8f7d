// Python twin of ai-guard/no-redirect-fetch: requests, httpx, aiohttp, urllib and urllib3 calls that follow
// redirects, with a URL that comes from request input (followsRequestUrl) or from a function's parameters
// (followsRedirects). Both are taint rules, so a URL built in a variable is followed to where it was built.
// The file anchor sits on the sink: a `pattern-regex` in a source stops a bare `$PARAM` source from matching.
import { importsAny } from '../lib/anchors.mjs';
import { all, either, focus, inside, metavariableRegex, notInside } from '../lib/patterns.mjs';
import { CLIENT_MODULES, fixedHostBuilds, redirectFollowingCalls, redirectsOffOnCall } from '../libraries/http-clients.mjs';
import { requestInput, ROUTE_VERBS } from '../libraries/web.mjs';

const anchor = importsAny(CLIENT_MODULES);

const sink = all(redirectFollowingCalls, ...redirectsOffOnCall, focus('$URL'), anchor);

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
      summary: 'A URL from request input reaches a call that follows redirects.',
      message: `This client follows redirects for \`$URL\`, which comes from the request, so the caller picks a host that
        can bounce it to an internal address. Disable redirects (${FIX}) and check each \`Location\` yourself.`,
      mode: 'taint',
      'pattern-sources': requestInput,
      'pattern-sanitizers': fixedHostBuilds,
      'pattern-sinks': [sink],
    },
    followsRedirects: {
      summary: "A URL from a function's parameters (not request input) reaches a call that follows redirects.",
      message: `This client follows redirects for the non-constant URL \`$URL\`, so any public host it reaches can bounce
        the request to an internal address. Disable redirects (${FIX}) and check each \`Location\` yourself.`,
      mode: 'taint',
      'pattern-sources': [
        all(
          either(inside('def $FUNCTION(..., $PARAM, ...):\n  ...'), inside('async def $FUNCTION(..., $PARAM, ...):\n  ...')),
          '$PARAM',
          metavariableRegex('$PARAM', '^(?!(self|cls)$)'),
          // Parameters of a route are request input, reported by followsRequestUrl.
          ...ROUTE_VERBS.flatMap((verb) => [
            notInside(`@$ROUTER.${verb}(...)\ndef $VIEW(...):\n  ...`),
            notInside(`@$ROUTER.${verb}(...)\nasync def $VIEW(...):\n  ...`),
          ]),
        ),
      ],
      'pattern-sanitizers': [
        ...fixedHostBuilds,
        ...requestInput.filter((source) => typeof source === 'string' || !JSON.stringify(source).includes('$PARAM')),
      ],
      'pattern-sinks': [sink],
    },
  },
};
