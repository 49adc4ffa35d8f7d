// HTTP clients as data: their request calls (URL bound to $URL), which of them follow redirects by default, and
// the options that turn redirects off. Client objects are recognised by the class they are built from (the callee's
// text, so one pattern per binding form covers every client) or by an explicit redirect option on the call.
import { localHelperArguments } from '../lib/local-functions.mjs';
import { all, either, inside, metavariableRegex, not, notInside } from '../lib/patterns.mjs';

const VERBS = String.raw`^(get|post|put|patch|delete|options)$`;
const VERBS_WITH_HEAD = String.raw`^(get|post|put|patch|delete|options|head)$`;
/** Methods whose first argument is the HTTP method and the second the URL (requests, httpx, urllib3). */
const METHOD_FIRST = String.raw`^(request|urlopen|stream)$`;

// requests/aiohttp sessions, urllib3 pools, Tornado clients and urllib openers follow redirects unless told not to;
// httpx clients do not.
const FOLLOWING_CLASSES = [
  'Session',
  'session',
  'ClientSession',
  'PoolManager',
  'ProxyManager',
  'AsyncHTTPClient',
  'HTTPClient',
  'build_opener',
];
const NON_FOLLOWING_CLASSES = ['Client', 'AsyncClient'];
// advocate's Session filters each address as it connects: not a plain client.
const classRegex = (names) => String.raw`^(?!advocate\.)(\w+\.)*(${names.join('|')})$`;

/** Statements that bind $CLIENT to an object built by $CLASS(...) (or annotated $CLASS), for the rest of the block. */
const BINDINGS = [
  '$CLIENT = $CLASS(...)\n...',
  'with $CLASS(...) as $CLIENT:\n  ...',
  'async with $CLASS(...) as $CLIENT:\n  ...',
  '$CLIENT: $CLASS = $VALUE\n...',
  'def $FUNCTION(..., $CLIENT: $CLASS, ...):\n  ...',
];
const boundClient = (classes, ...conditions) =>
  all(either(BINDINGS.map(inside)), metavariableRegex('$CLASS', classRegex(classes)), ...conditions);

/** A method call on $CLIENT, with the URL in $URL (`get(url)` or `request(method, url)`). */
const clientCall = (verbs) =>
  either(
    all('$CLIENT.$VERB($URL, ...)', metavariableRegex('$VERB', verbs)),
    all('$CLIENT.$VERB($METHOD, $URL, ...)', metavariableRegex('$VERB', METHOD_FIRST)),
    all('$CLIENT.fetch($URL, ...)'),
    all('$CLIENT.open($URL, ...)'),
  );
// Receivers built elsewhere (an app-wide session stored on the app, `self.session` set in __init__), by name.
const SESSION_NAMES = String.raw`(?i)^(.*[._])?(session|sess|http_session|client_session)$`;

/** Clients that filter every hop or never follow: a mounted adapter, max_redirects 0, a filtering resolver, no retries. */
const FILTERED_CLIENTS = [
  '$CLIENT.mount(...)\n...',
  '$CLIENT.max_redirects = 0\n...',
  '$CLIENT = $ANY(..., connector=$CONNECTOR(..., resolver=$RESOLVER, ...), ...)\n...',
  'async with $ANY(..., connector=$CONNECTOR(..., resolver=$RESOLVER, ...), ...) as $CLIENT:\n  ...',
  '$CLIENT = $ANY(..., retries=False, ...)\n...',
  '$CLIENT = advocate.$ANY(...)\n...',
  // An opener built with handlers may refuse redirects (an HTTPRedirectHandler subclass).
  '$CLIENT = urllib.request.build_opener($HANDLER, ...)\n...',
  '$CLIENT = $ANY(..., retries=$RETRY(..., redirect=0, ...), ...)\n...',
  '$CLIENT = $ANY(..., retries=$RETRY(..., redirect=False, ...), ...)\n...',
];

/** Module-level calls that follow redirects: requests (every verb but HEAD), aiohttp.request, urllib, urllib3, Tornado. */
const FOLLOWING_MODULE_CALLS = [
  all('requests.$VERB($URL, ...)', metavariableRegex('$VERB', VERBS)),
  'requests.request($METHOD, $URL, ...)',
  'aiohttp.request($METHOD, $URL, ...)',
  'urllib.request.urlopen($URL, ...)',
  'urllib3.request($METHOD, $URL, ...)',
  'urllib3.PoolManager(...).request($METHOD, $URL, ...)',
  'tornado.httpclient.AsyncHTTPClient().fetch($URL, ...)',
  'tornado.httpclient.HTTPClient().fetch($URL, ...)',
];
/** Module-level calls that make a request, every client (for host checks): URL in $URL. */
const MODULE_CALLS = [
  ...FOLLOWING_MODULE_CALLS,
  'requests.head($URL, ...)',
  all('httpx.$VERB($URL, ...)', metavariableRegex('$VERB', VERBS_WITH_HEAD)),
  'httpx.request($METHOD, $URL, ...)',
  'httpx.stream($METHOD, $URL, ...)',
];

/** Every request call of every client, redirects or not: URL in $URL. */
export const anyRequestCall = either(
  ...MODULE_CALLS,
  all(boundClient([...FOLLOWING_CLASSES, ...NON_FOLLOWING_CLASSES]), clientCall(VERBS_WITH_HEAD)),
  all(clientCall(VERBS_WITH_HEAD), metavariableRegex('$CLIENT', SESSION_NAMES)),
);

/** Calls that follow redirects unless told not to: URL in $URL. */
export const redirectFollowingCalls = either(
  ...FOLLOWING_MODULE_CALLS,
  // Sessions, pools and clients that follow: unless an adapter is mounted (requests), a filtering resolver is set
  // (aiohttp) or max_redirects is 0.
  all(
    either(all(boundClient(FOLLOWING_CLASSES), clientCall(VERBS)), all(clientCall(VERBS), metavariableRegex('$CLIENT', SESSION_NAMES))),
    ...FILTERED_CLIENTS.map(notInside),
  ),
  // httpx follows only when told to, on the client (unless a custom transport makes every connection).
  all(
    either(
      inside('$CLIENT = $CLASS(..., follow_redirects=True, ...)\n...'),
      inside('with $CLASS(..., follow_redirects=True, ...) as $CLIENT:\n  ...'),
      inside('async with $CLASS(..., follow_redirects=True, ...) as $CLIENT:\n  ...'),
    ),
    metavariableRegex('$CLASS', classRegex(NON_FOLLOWING_CLASSES)),
    notInside('$CLIENT = $CLASS(..., transport=$TRANSPORT, ...)\n...'),
    notInside('with $CLASS(..., transport=$TRANSPORT, ...) as $CLIENT:\n  ...'),
    notInside('async with $CLASS(..., transport=$TRANSPORT, ...) as $CLIENT:\n  ...'),
    clientCall(VERBS_WITH_HEAD),
  ),
  // Any client told to follow on the call (httpx `follow_redirects=True`, requests/aiohttp HEAD `allow_redirects=True`).
  all(
    either('$CALLEE($URL, ..., $FOLLOW=True, ...)', '$CALLEE($METHOD, $URL, ..., $FOLLOW=True, ...)'),
    metavariableRegex('$FOLLOW', '^(follow_redirects|allow_redirects)$'),
  ),
);

/**
 * Redirects turned off on the call itself; options passed as `**name` count only when a dict literal assigned above says how.
 * The negative patterns use their own metavariable (`$SINK`): a positive `$CALL(...)` also matches a call that encloses the
 * request (`str(requests.get(url, allow_redirects=False))`), and a shared name would then bind the enclosing callee.
 */
export const redirectsOffOnCall = [
  not('$SINK(..., allow_redirects=False, ...)'),
  not('$SINK(..., follow_redirects=False, ...)'),
  not('$SINK(..., redirect=False, ...)'),
  not('$SINK(..., retries=False, ...)'),
  not('$SINK(..., retries=$RETRY(..., redirect=0, ...), ...)'),
  not('$SINK(..., retries=$RETRY(..., redirect=False, ...), ...)'),
  not('$SINK(..., max_redirects=0, ...)'),
  either(
    all('$CALL(...)', not('$SINK(..., **$OPTIONS)')),
    all(
      inside('$OPTIONS = {...}\n...'),
      '$CALL(..., **$OPTIONS)',
      ...['allow_redirects', 'follow_redirects'].map((key) => notInside(`$OPTIONS = {..., "${key}": False, ...}\n...`)),
    ),
  ),
];

// `urllib.request`, not `urllib`: urllib.parse is imported everywhere and makes no request.
export const CLIENT_MODULES = ['requests', 'httpx', 'aiohttp', 'urllib.request', 'urllib3', 'urlopen', 'tornado.httpclient'];

/**
 * Values whose host is fixed: built from a literal `scheme://host/` (or a constant, settings or environment value) with
 * the request data after it, or an entry of a constant table (`REGION_URLS[region]`), also as a template filled in.
 * Sanitizers of both SSRF rules.
 */
const FIXED_PREFIX = String.raw`^([rRbBuU]?["'][a-zA-Z][a-zA-Z0-9+.-]*://[^/"'{}@%]+/|[rRbBuU]?["']/[^/]|[A-Z][A-Z0-9_]*\s*(\+|$)|settings\.|os\.environ|os\.getenv)`;
export const fixedHostBuilds = [
  all(either('$PREFIX + $REST', '$PREFIX % $REST', '$PREFIX.format(...)'), metavariableRegex('$PREFIX', FIXED_PREFIX)),
  {
    'pattern-regex': String.raw`\b[fF][rR]?("|')(?:[a-zA-Z][a-zA-Z0-9+.-]*://[^/{}"'\s@]+(?::\{[^}]*\})?/|/[^/]|\{(?:[A-Z][A-Z0-9_]*|settings\.[^}]*|os\.environ[^}]*|os\.getenv[^}]*)\}/)(?:(?!\1)[^\n])*\1`,
  },
  'urllib.parse.urljoin("...", ...)',
  all(inside('$TABLE = {...}\n...'), either('$TABLE[...]', '$TABLE.get(...)'), metavariableRegex('$TABLE', String.raw`^[A-Z][A-Z0-9_]*$`)),
  // A URL template taken from such a table and filled in: `PROVIDERS.get(name).format(user)`.
  all(
    either(
      '$TABLE[$KEY].format(...)',
      '$TABLE.get(...).format(...)',
      all(
        either(inside('$TEMPLATE = $TABLE.get(...)\n...'), inside('$TEMPLATE = $TABLE[$KEY]\n...')),
        either('$TEMPLATE.format(...)', '$TEMPLATE % $VALUES'),
      ),
    ),
    metavariableRegex('$TABLE', String.raw`^[A-Z][A-Z0-9_]*$`),
  ),
];

/**
 * Request calls inside a helper, by the callee's text (the helper's body is matched as text, so a client is known by
 * its module or its receiver's name): requests/httpx/aiohttp/urllib3 module calls, urlopen, and methods of a receiver
 * named like a session (`_session.get`, `self.session.post`); `http_client`-style names for httpx clients too.
 */
const HELPER_VERBS = '(get|post|put|patch|delete|options|request)';
const FOLLOWING_CALLEE = String.raw`(?i)^(requests\.${HELPER_VERBS}|aiohttp\.request|urllib3\.request|(urllib\.request\.)?urlopen|(\w+\.)*_?\w*(session|sess)\.${HELPER_VERBS})$`;
const ANY_CALLEE = String.raw`(?i)^((requests|httpx)\.(head|stream|${HELPER_VERBS.slice(1, -1)})|aiohttp\.request|urllib3\.request|(urllib\.request\.)?urlopen|(\w+\.)*_?\w*(session|sess|http_?client|httpx_?client|async_?client)\.(head|stream|${HELPER_VERBS.slice(1, -1)}))$`;

/**
 * Arguments of a call to a helper defined in this file whose parameter is the URL of a request call that follows
 * redirects (the helper never calls it with `allow_redirects=False`, `redirect=False` or `max_redirects=0`). See
 * src/lib/local-functions.mjs.
 */
export const redirectingHelperArguments = all(
  localHelperArguments(['$CALLEE($P, ...)', '$CALLEE($METHOD, $P, ...)'], { argument: '$URL' }),
  metavariableRegex('$CALLEE', FOLLOWING_CALLEE),
  ...['allow_redirects=False', 'redirect=False', 'max_redirects=0'].flatMap((option) =>
    [`<... $CALLEE(..., ${option}, ...) ...>`, `async with $CALLEE(..., ${option}, ...) as $RESOURCE:\n    ...`].map((statement) =>
      notInside(`def $HELPER(...):\n  ...\n  ${statement}\n...`),
    ),
  ),
);

/** Arguments of a call to a helper defined in this file whose parameter is the URL of any request call. */
export const requestingHelperArguments = all(
  localHelperArguments(['$CALLEE($P, ...)', '$CALLEE($METHOD, $P, ...)'], { argument: '$URL' }),
  metavariableRegex('$CALLEE', ANY_CALLEE),
);
