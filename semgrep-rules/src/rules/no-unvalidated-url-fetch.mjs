// Python twin of ai-guard/no-unvalidated-url-fetch: a server-side request (requests, httpx, aiohttp, urllib, urllib3)
// to a URL taken from request input with no host check, or with a check on the raw URL string.
import { importsAny } from '../lib/anchors.mjs';
import { all, either, focus, inside, metavariableRegex } from '../lib/patterns.mjs';
import { anyRequestCall, CLIENT_MODULES, fixedHostBuilds } from '../libraries/http-clients.mjs';
import { requestInput, ROUTE_DECORATORS } from '../libraries/web.mjs';

const anchor = importsAny(CLIENT_MODULES);

/** The parsed host of $URL, as `urllib.parse.urlparse` (or `urlsplit`) gives it. */
const PARSERS = ['urllib.parse.urlparse', 'urllib.parse.urlsplit'];
const HOST_PARTS = ['hostname', 'netloc'];
const parsedHosts = PARSERS.flatMap((parse) => HOST_PARTS.map((part) => `${parse}($URL).${part}`));
const COMPARISONS = ['$HOST in $ALLOWED', '$HOST not in $ALLOWED', '$HOST == $ALLOWED', '$HOST != $ALLOWED'];

/** Statements after which (or inside which) $URL has had its parsed host compared with an allowlist or a constant. */
const hostChecks = [
  ...parsedHosts
    .flatMap((host) => COMPARISONS.map((comparison) => comparison.replace('$HOST', host)))
    .flatMap((check) => [`if <... ${check} ...>:\n  ...`, `if <... ${check} ...>:\n  ...\n...`]),
  ...PARSERS.flatMap((parse) =>
    [`$HOST = ${parse}($URL).hostname`, `$HOST = ${parse}($URL).netloc`, `$PARSED = ${parse}($URL)`].flatMap((binding) =>
      COMPARISONS.map((comparison) => (binding.startsWith('$PARSED') ? comparison.replace('$HOST', '$PARSED.$PART') : comparison)).map(
        (check) => `${binding}\n...\nif <... ${check} ...>:\n  ...\n...`,
      ),
    ),
  ),
];

// A resolved-address screen (ipaddress after socket.getaddrinfo / gethostbyname) covers what follows it.
const ADDRESS_SCREENS = ['is_private', 'is_loopback', 'is_link_local', 'is_global', 'is_reserved'].map(
  (property) => `if <... $ADDRESS.${property} ...>:\n  ...\n...`,
);

/** Checks on the raw string: a prefix, suffix, substring or regex, with the compared text in $TEXT. */
const RAW_CHECKS = [
  '$URL.startswith("$TEXT")',
  '$URL.endswith("$TEXT")',
  '"$TEXT" in $URL',
  're.match("$TEXT", $URL, ...)',
  're.search("$TEXT", $URL, ...)',
  're.fullmatch("$TEXT", $URL, ...)',
];

const requestSources = requestInput.filter((source) => typeof source === 'string');

export default {
  id: 'no-unvalidated-url-fetch',
  comment: `
Limited to files that import an HTTP client. Request input, clients and fixed-host builds come from
semgrep-rules/src/libraries/ (web.mjs, http-clients.mjs); the recognised host checks are below.`,
  confidence: 'MEDIUM',
  likelihood: 'HIGH',
  impact: 'HIGH',
  technology: ['python', 'requests', 'httpx', 'aiohttp', 'urllib', 'urllib3', 'flask', 'django', 'fastapi', 'starlette', 'tornado'],
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
      'pattern-sanitizers': [
        ...fixedHostBuilds,
        // One sanitizer for every recognised check (a raw-string check is reported by rawStringHostCheck instead), so
        // that the uses of $URL are enumerated once.
        all(
          either(
            [
              ...hostChecks,
              ...ADDRESS_SCREENS,
              ...RAW_CHECKS.flatMap((check) => [`if <... ${check} ...>:\n  ...`, `if not <... ${check} ...>:\n  ...\n...`]),
            ].map(inside),
          ),
          '$URL',
        ),
      ],
      'pattern-sinks': [all(anyRequestCall, focus('$URL'), anchor)],
    },
    rawStringHostCheck: {
      summary: 'A URL from request input checked with startswith/endswith/in/a regex on the raw string, then requested.',
      message: `The check against \`$TEXT\` on the raw URL string does not pin the host, so
        \`https://allowed.example@evil.net\` still reaches any server. Parse the URL and compare its hostname with an
        allowlist: \`urlparse(url).hostname in ALLOWED_HOSTS\`.`,
      patterns: [
        either(
          ...requestSources.map((source) => inside(`$URL = <... ${source} ...>\n...`)),
          all(inside('@$ROUTER.$ROUTE(...)\ndef $VIEW(..., $URL, ...):\n  ...'), metavariableRegex('$ROUTE', ROUTE_DECORATORS)),
        ),
        either(RAW_CHECKS),
        either(
          ...['requests.$VERB($URL, ...)', 'httpx.$VERB($URL, ...)', '$CLIENT.$VERB($URL, ...)', 'urllib.request.urlopen($URL, ...)'].map(
            (call) => inside(`def $FUNCTION(...):\n  ...\n  <... ${call} ...>\n  ...`),
          ),
        ),
        anchor,
      ],
    },
  },
};
