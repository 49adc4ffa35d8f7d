// Python twin of ai-guard/no-unvalidated-url-fetch: a server-side request (requests, httpx, aiohttp, urllib, urllib3,
// Tornado) to a URL taken from request input with no host check, or with a check on the raw URL string.
import { importsAny } from '../lib/anchors.mjs';
import { all, either, focus, inside, metavariableRegex, not, notInside } from '../lib/patterns.mjs';
import { anyRequestCall, CLIENT_MODULES, fixedHostBuilds, requestingHelperArguments } from '../libraries/http-clients.mjs';
import { requestInput } from '../libraries/web.mjs';

const anchor = importsAny(CLIENT_MODULES);

/**
 * Regions after (or inside) a check of the parsed host: `urlparse(url).hostname in ALLOWED`, `parsed.netloc != HOST`,
 * yarl `URL(raw).host not in ALLOWED`, a resolved address screened with ipaddress, or a local check helper
 * (`validate_url(url)`, `if not is_allowed(url): abort(400)`). Everything in the region counts as checked.
 */
const HOST_PART = '^(hostname|netloc|host)$';
const CHECK_HELPER = String.raw`(?i)^_*\w*(valid|check|verify|ensure|assert|resolve|allow|safe|public|guard|trusted)\w*$`;
/**
 * A check helper of this file that screens the URL's own hostname with `ipaddress.ip_address(parsed.hostname)` checks
 * IP literals only: a name (`http://internal.example/`) is never resolved, so it passes.
 */
const ipLiteralOnly = [
  '<... ipaddress.ip_address(<... $PARSED.hostname ...>) ...>',
  '$HOST = <... $PARSED.hostname ...>\n  ...\n  <... ipaddress.ip_address($HOST) ...>',
].map((statements) => notInside(`def $CHECK(...):\n  ...\n  ${statements}\n...`));
const checkedRegions = [
  all(
    either(
      ...['in', '=='].map((op) => inside(`if <... $OBJ.$PART ${op} $ALLOWED ...>:\n  ...`)),
      ...['not in', '!='].map((op) => inside(`if <... $OBJ.$PART ${op} $ALLOWED ...>:\n  ...\n...`)),
    ),
    metavariableRegex('$PART', HOST_PART),
  ),
  ...['is_private', 'is_loopback', 'is_link_local', 'is_global', 'is_reserved'].map((property) =>
    inside(`if <... $ADDRESS.${property} ...>:\n  ...\n...`),
  ),
  all(
    either(
      inside('$CHECK(..., $CHECKED, ...)\n...'),
      inside('if not $CHECK(..., $CHECKED, ...):\n  ...\n...'),
      inside('if $CHECK(..., $CHECKED, ...):\n  ...'),
    ),
    metavariableRegex('$CHECK', CHECK_HELPER),
    ...ipLiteralOnly,
  ),
];

/** Checks on the raw string: a prefix, suffix, substring or regex, with the compared text in $TEXT. */
const RAW_CHECKS = [
  '$URL.startswith($TEXT)',
  '$URL.endswith($TEXT)',
  '$URL.lower().startswith($TEXT)',
  '$URL.lower().endswith($TEXT)',
  '$TEXT in $URL',
  're.$MATCH($TEXT, $URL, ...)',
];
/** Requests made inside (or after) a raw-string check of the same URL. */
const rawChecked = either(
  RAW_CHECKS.flatMap((check) => [inside(`if <... ${check} ...>:\n  ...`), inside(`if not <... ${check} ...>:\n  ...\n...`)]),
);

// advocate filters each address as it connects.
const request = all(anyRequestCall, not('advocate.$VERB(...)'), focus('$URL'), anchor);

/** A helper of this file that requests its parameter, unless its body looks at the parsed host or resolves it. */
const HOST_LOOKS = ['$PARSED.hostname', '$PARSED.netloc', '$PARSED.host', 'socket.getaddrinfo(...)', 'socket.gethostbyname(...)'];
const helperRequest = all(
  requestingHelperArguments,
  ...HOST_LOOKS.map((look) => notInside(`def $HELPER(...):\n  ...\n  <... ${look} ...>\n...`)),
  anchor,
);

export default {
  id: 'no-unvalidated-url-fetch',
  comment: `
Taint rules, limited to files that import an HTTP client. Request input, clients and fixed-host builds come from
semgrep-rules/src/libraries/ (web.mjs, http-clients.mjs); the recognised host checks are below. A request after a
raw-string check is reported by rawStringHostCheck only.`,
  confidence: 'MEDIUM',
  likelihood: 'HIGH',
  impact: 'HIGH',
  technology: ['python', 'requests', 'httpx', 'aiohttp', 'urllib', 'urllib3', 'tornado', 'flask', 'django', 'fastapi', 'starlette'],
  references: [
    'https://owasp.org/Top10/A10_2021-Server-Side_Request_Forgery_%28SSRF%29/',
    'https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html',
    'https://docs.python.org/3/library/urllib.parse.html#urllib.parse.urlparse',
  ],
  checks: {
    unvalidatedRequestUrl: {
      summary: 'Request input reaches the URL of an outgoing request with no parsed-host allowlist or resolved-address check.',
      message: `\`$URL\` comes from the request and is requested with no host check, so the caller chooses which host this
        server connects to, internal ones included. Parse it and compare its hostname with an allowlist:
        \`urlparse(url).hostname in ALLOWED_HOSTS\`.`,
      mode: 'taint',
      'pattern-sources': requestInput,
      'pattern-sanitizers': [...fixedHostBuilds, all(either(...checkedRegions, rawChecked), '$X')],
      'pattern-sinks': [request, helperRequest],
    },
    rawStringHostCheck: {
      summary: 'A URL from request input checked with startswith/endswith/in/a regex on the raw string, then requested.',
      message: `The check against \`$TEXT\` on the raw URL string does not pin the host, so
        \`https://allowed.example@evil.net\` still reaches any server. Parse the URL and compare its hostname with an
        allowlist: \`urlparse(url).hostname in ALLOWED_HOSTS\`.`,
      mode: 'taint',
      'pattern-sources': requestInput,
      'pattern-sanitizers': [...fixedHostBuilds, all(either(checkedRegions), '$X')],
      'pattern-sinks': [all(request, rawChecked)],
    },
  },
};
