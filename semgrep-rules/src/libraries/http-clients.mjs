// HTTP clients as data: their request calls (URL bound to $URL), which of them follow redirects by default, and
// the options that turn redirects off.
import { all, either, inside, metavariableRegex, not, notInside } from '../lib/patterns.mjs';

const VERBS = String.raw`^(get|post|put|patch|delete|options)$`;
const VERBS_WITH_HEAD = String.raw`^(get|post|put|patch|delete|options|head)$`;
const verbCall = (receiver, regex = VERBS) => all(`${receiver}.$VERB($URL, ...)`, metavariableRegex('$VERB', regex));

/** Calls that follow redirects unless told not to. */
export const redirectFollowingCalls = either(
  // requests: every verb but HEAD follows; sessions too, unless an adapter is mounted or max_redirects is 0.
  verbCall('requests'),
  'requests.request($METHOD, $URL, ...)',
  'requests.head($URL, ..., allow_redirects=True, ...)',
  all(
    either(
      inside('$SESSION = requests.Session(...)\n...'),
      inside('$SESSION = requests.session(...)\n...'),
      inside('with requests.Session(...) as $SESSION:\n  ...'),
    ),
    notInside('$SESSION.mount(...)\n...'),
    notInside('$SESSION.max_redirects = 0\n...'),
    either(verbCall('$SESSION'), '$SESSION.request($METHOD, $URL, ...)'),
  ),
  // aiohttp: ClientSession methods and aiohttp.request follow (HEAD does not), unless a filtering resolver is set.
  all(
    either(inside('async with aiohttp.ClientSession(...) as $SESSION:\n  ...'), inside('$SESSION = aiohttp.ClientSession(...)\n...')),
    notInside(
      'async with aiohttp.ClientSession(..., connector=aiohttp.TCPConnector(..., resolver=$RESOLVER, ...), ...) as $SESSION:\n  ...',
    ),
    notInside('$SESSION = aiohttp.ClientSession(..., connector=aiohttp.TCPConnector(..., resolver=$RESOLVER, ...), ...)\n...'),
    either(verbCall('$SESSION'), '$SESSION.request($METHOD, $URL, ...)'),
  ),
  'aiohttp.request($METHOD, $URL, ...)',
  // httpx follows only when told to, on the call or on the client (unless a custom transport makes every connection).
  all(verbCall('httpx', VERBS_WITH_HEAD), 'httpx.$VERB(..., follow_redirects=True, ...)'),
  'httpx.request($METHOD, $URL, ..., follow_redirects=True, ...)',
  'httpx.stream($METHOD, $URL, ..., follow_redirects=True, ...)',
  all(
    either(
      ...['Client', 'AsyncClient'].flatMap((cls) => [
        inside(`$CLIENT = httpx.${cls}(..., follow_redirects=True, ...)\n...`),
        inside(`with httpx.${cls}(..., follow_redirects=True, ...) as $CLIENT:\n  ...`),
        inside(`async with httpx.${cls}(..., follow_redirects=True, ...) as $CLIENT:\n  ...`),
      ]),
    ),
    ...['Client', 'AsyncClient'].flatMap((cls) => [
      notInside(`$CLIENT = httpx.${cls}(..., transport=$TRANSPORT, ...)\n...`),
      notInside(`with httpx.${cls}(..., transport=$TRANSPORT, ...) as $CLIENT:\n  ...`),
      notInside(`async with httpx.${cls}(..., transport=$TRANSPORT, ...) as $CLIENT:\n  ...`),
    ]),
    either(verbCall('$CLIENT', VERBS_WITH_HEAD), '$CLIENT.request($METHOD, $URL, ...)', '$CLIENT.stream($METHOD, $URL, ...)'),
  ),
  all(
    either(
      ...['Client', 'AsyncClient'].flatMap((cls) => [
        inside(`$CLIENT = httpx.${cls}(...)\n...`),
        inside(`with httpx.${cls}(...) as $CLIENT:\n  ...`),
        inside(`async with httpx.${cls}(...) as $CLIENT:\n  ...`),
      ]),
    ),
    either(verbCall('$CLIENT', VERBS_WITH_HEAD), '$CLIENT.request($METHOD, $URL, ...)'),
    '$CLIENT.$ANY(..., follow_redirects=True, ...)',
  ),
  // urllib always follows through HTTPRedirectHandler. A Request object carries its URL's taint.
  'urllib.request.urlopen($URL, ...)',
  all(inside('$OPENER = urllib.request.build_opener()\n...'), '$OPENER.open($URL, ...)'),
  // urllib3 follows by default.
  'urllib3.request($METHOD, $URL, ...)',
  'urllib3.PoolManager(...).request($METHOD, $URL, ...)',
  all(
    inside('$POOL = urllib3.PoolManager(...)\n...'),
    notInside('$POOL = urllib3.PoolManager(..., retries=False, ...)\n...'),
    notInside('$POOL = urllib3.PoolManager(..., retries=$RETRY.Retry(..., redirect=0, ...), ...)\n...'),
    notInside('$POOL = urllib3.PoolManager(..., retries=$RETRY.Retry(..., redirect=False, ...), ...)\n...'),
    notInside('$POOL = urllib3.PoolManager(..., retries=$RETRY(..., redirect=0, ...), ...)\n...'),
    either('$POOL.request($METHOD, $URL, ...)', '$POOL.urlopen($METHOD, $URL, ...)'),
  ),
);

/** Redirects turned off on the call itself, or options that cannot be read. */
export const redirectsOffOnCall = [
  not('$CALL(..., allow_redirects=False, ...)'),
  not('$CALL(..., follow_redirects=False, ...)'),
  not('$CALL(..., redirect=False, ...)'),
  not('$CALL(..., retries=False, ...)'),
  not('$CALL(..., retries=$RETRY(..., redirect=0, ...), ...)'),
  not('$CALL(..., retries=$RETRY(..., redirect=False, ...), ...)'),
  not('$CALL(..., **$OPTIONS)'),
];

/** Every request call of every client, redirects or not (for host checks): URL in $URL. */
export const anyRequestCall = either(
  all(
    either('requests.$VERB($URL, ...)', '$SESSION.$VERB($URL, ...)', '$CLIENT.$VERB($URL, ...)'),
    metavariableRegex('$VERB', VERBS_WITH_HEAD),
  ),
  'requests.request($METHOD, $URL, ...)',
  all('httpx.$VERB($URL, ...)', metavariableRegex('$VERB', VERBS_WITH_HEAD)),
  'httpx.request($METHOD, $URL, ...)',
  'httpx.stream($METHOD, $URL, ...)',
  'aiohttp.request($METHOD, $URL, ...)',
  'urllib.request.urlopen($URL, ...)',
  'urllib.request.Request($URL, ...)',
  'urllib3.request($METHOD, $URL, ...)',
  '$POOL.request($METHOD, $URL, ...)',
  '$POOL.urlopen($METHOD, $URL, ...)',
);

// `urllib.request`, not `urllib`: urllib.parse is imported everywhere and makes no request.
export const CLIENT_MODULES = ['requests', 'httpx', 'aiohttp', 'urllib.request', 'urllib3', 'urlopen'];

/** Builds whose host is fixed: a literal `scheme://host/` (or a constant, settings or environment value) leads them. */
const FIXED_PREFIX = String.raw`^([rRbBuU]?["'][a-zA-Z][a-zA-Z0-9+.-]*://[^/"'{}@%]+/|[rRbBuU]?["']/[^/]|[A-Z][A-Z0-9_]*\s*(\+|$)|settings\.|os\.environ|os\.getenv)`;
export const fixedHostBuilds = [
  all(either('$PREFIX + $REST', '$PREFIX % $REST', '$PREFIX.format(...)'), metavariableRegex('$PREFIX', FIXED_PREFIX)),
  {
    'pattern-regex': String.raw`\b[fF][rR]?("|')([a-zA-Z][a-zA-Z0-9+.-]*://[^/{}"'\s@]+(:\{[^}]*\})?/|/[^/]|\{([A-Z][A-Z0-9_]*|settings\.[^}]*|os\.environ[^}]*|os\.getenv[^}]*)\})[^"'\n]*("|')`,
  },
  'urllib.parse.urljoin("...", ...)',
];
