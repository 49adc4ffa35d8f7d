/**
 * Outgoing HTTP clients as data: how each one is called, where its URL and options go, whether it follows
 * redirects by default and which options change that. Read by `analysis/outgoing-requests.ts`, which
 * `no-redirect-fetch` and `no-unvalidated-url-fetch` share.
 */
import { CALL, CONSTRUCT, READ, type TraceMap, type TraceMapNode } from '../analysis/module-references';
import type { LibraryDocs } from './docs';

/** How one option decides whether the client follows redirects. */
export type Decision = 'follows' | 'safe' | 'unknown' | 'default';

export interface RedirectSwitch {
  path: readonly string[];
  decide: (value: unknown) => Decision;
}

export interface ClientSpec {
  label: string;
  followsByDefault: boolean;
  switches: readonly RedirectSwitch[];
  /** Per-hop callbacks (`beforeRedirect`): the code validates each hop itself. */
  hopHooks: readonly (readonly string[])[];
  /** Options that route every connection through an agent, dispatcher or DNS lookup. */
  guards: readonly string[];
  /** A base URL option; `absoluteWins` where an absolute request URL replaces it (axios, ofetch). */
  base?: { path: readonly string[]; absoluteWins: boolean };
  /** The no-follow option the suggestion adds; none for clients that cannot be told to stop. */
  fix?: { key: string; value: string };
  /** How the docs describe it: the calls recognised, the default, and what stops it following. */
  docs: { calls: string; follows: string; off: string };
}

/** Where a call form keeps its URL and options. */
export type CallForm =
  | { kind: 'url'; url: number; options: number }
  | { kind: 'config'; config: number }
  /** `axios(url, config)` or `axios(config)`, `got(url, options)` or `got(options)`; `loneIsUrl` reads a lone non-object as the URL. */
  | { kind: 'urlOrConfig'; loneIsUrl: boolean }
  /** Node's `http.get(url[, options][, callback])` and `http.get(options[, callback])`. */
  | { kind: 'node' };

export type ClientEntry =
  | { role: 'request'; client: ClientSpec; form: CallForm }
  | { role: 'instance'; client: ClientSpec; defaults: number }
  | { role: 'superagent'; callable: boolean }
  | { role: 'globalDefaults'; client: ClientSpec }
  /** A class whose injected instances make requests (`HttpService` from @nestjs/axios). */
  | {
      role: 'service';
      client: ClientSpec;
      methods: Readonly<Record<string, CallForm>>;
      /** Properties of the service that hand out the underlying client (`axiosRef`), whose calls are requests too. */
      instanceProperties?: ReadonlySet<string>;
    }
  /** A module object chosen at run time: `const client = secure ? https : http; client.get(url)`. */
  | { role: 'moduleObject'; client: ClientSpec; methods: Readonly<Record<string, CallForm>> };

const redirectMode = (value: unknown): Decision => {
  if (value === 'manual' || value === 'error') return 'safe';
  return value === 'follow' ? 'follows' : 'unknown';
};
export const redirectCount = (value: unknown): Decision => {
  if (value === 0 || value === false) return 'safe';
  return (typeof value === 'number' && value > 0) || value === true ? 'follows' : 'unknown';
};
const followFlag = (value: unknown): Decision => {
  if (value === false) return 'safe';
  return value === true ? 'follows' : 'unknown';
};

export const FETCH: ClientSpec = {
  label: '`fetch`',
  docs: {
    calls:
      "`fetch(url, init)`: the global one, cross-fetch, isomorphic-fetch, node-fetch-native, and the `fetch` on a SvelteKit handler's event",
    follows: 'yes (20 hops)',
    off: '`redirect: "error"` or `"manual"`',
  },
  followsByDefault: true,
  switches: [{ path: ['redirect'], decide: redirectMode }],
  hopHooks: [],
  guards: ['dispatcher', 'agent'],
  fix: { key: 'redirect', value: '"error"' },
};
const NODE_FETCH: ClientSpec = {
  ...FETCH,
  label: 'node-fetch',
  switches: [...FETCH.switches, { path: ['follow'], decide: redirectCount }],
};
const UNDICI_FETCH: ClientSpec = {
  ...FETCH,
  label: 'undici `fetch`',
  docs: { ...FETCH.docs, calls: '`fetch(url, init)` imported from undici' },
};
const AXIOS: ClientSpec = {
  label: 'axios',
  docs: {
    calls: '`axios(...)`, `.get/.post/...`, `.request`, `axios.create()` instances',
    follows: 'yes (21 hops)',
    off: '`maxRedirects: 0` on the call or the instance; a `beforeRedirect` hook',
  },
  followsByDefault: true,
  switches: [{ path: ['maxRedirects'], decide: redirectCount }],
  hopHooks: [['beforeRedirect']],
  guards: ['httpAgent', 'httpsAgent', 'lookup'],
  base: { path: ['baseURL'], absoluteWins: true },
  fix: { key: 'maxRedirects', value: '0' },
};
const NEST_HTTP: ClientSpec = {
  ...AXIOS,
  label: '@nestjs/axios `HttpService`',
  docs: {
    calls: 'an injected `HttpService`: `this.http.get(...)`, `this.http.axiosRef.get(...)`',
    follows: 'yes (axios)',
    off: '`maxRedirects: 0`',
  },
};
const GOT: ClientSpec = {
  label: 'got',
  docs: {
    calls: '`got(...)`, `.get/.post/...`, `got.extend()` instances',
    follows: 'yes (10 hops)',
    off: '`followRedirect: false` or `maxRedirects: 0`; a `hooks.beforeRedirect` hook',
  },
  followsByDefault: true,
  switches: [
    { path: ['followRedirect'], decide: followFlag },
    { path: ['maxRedirects'], decide: redirectCount },
  ],
  hopHooks: [['hooks', 'beforeRedirect']],
  guards: ['agent', 'dnsLookup'],
  base: { path: ['prefixUrl'], absoluteWins: false },
  fix: { key: 'followRedirect', value: 'false' },
};
const KY: ClientSpec = {
  label: 'ky',
  docs: {
    calls: '`ky(...)`, its methods, `ky.create()` / `ky.extend()` instances',
    follows: 'yes (fetch underneath)',
    off: '`redirect: "error"` or `"manual"`',
  },
  followsByDefault: true,
  switches: [{ path: ['redirect'], decide: redirectMode }],
  hopHooks: [],
  guards: ['fetch'],
  base: { path: ['prefixUrl'], absoluteWins: false },
  fix: { key: 'redirect', value: '"error"' },
};
const OFETCH: ClientSpec = {
  label: 'ofetch',
  docs: {
    calls: '`ofetch(...)`, `$fetch(...)`, `.raw`, `.create()` instances',
    follows: 'yes (fetch underneath)',
    off: '`redirect: "error"` or `"manual"`',
  },
  followsByDefault: true,
  switches: [{ path: ['redirect'], decide: redirectMode }],
  hopHooks: [],
  guards: ['dispatcher', 'agent'],
  base: { path: ['baseURL'], absoluteWins: true },
  fix: { key: 'redirect', value: '"error"' },
};
const NEEDLE: ClientSpec = {
  label: 'needle',
  docs: {
    calls: '`needle(method, url)`, `needle.get(...)`',
    follows: 'no',
    off: 'reported only with `follow_max` / `follow` > 0 (on the call or in `needle.defaults`)',
  },
  followsByDefault: false,
  switches: [
    { path: ['follow_max'], decide: redirectCount },
    { path: ['follow'], decide: redirectCount },
  ],
  hopHooks: [],
  guards: ['agent', 'lookup'],
  fix: { key: 'follow_max', value: '0' },
};
const UNDICI_REQUEST: ClientSpec = {
  label: 'undici `request`',
  docs: { calls: '`request(url, options)`, `stream(...)`', follows: 'no', off: 'reported only with `maxRedirections` > 0' },
  followsByDefault: false,
  switches: [{ path: ['maxRedirections'], decide: redirectCount }],
  hopHooks: [],
  guards: ['dispatcher'],
  fix: { key: 'maxRedirections', value: '0' },
};
const FOLLOW_REDIRECTS: ClientSpec = {
  label: 'follow-redirects',
  docs: {
    calls: '`http.get`, `https.request`, ...',
    follows: 'yes (21 hops)',
    off: '`maxRedirects: 0` or `followRedirects: false`; a `beforeRedirect` hook',
  },
  followsByDefault: true,
  switches: [
    { path: ['maxRedirects'], decide: redirectCount },
    { path: ['followRedirects'], decide: followFlag },
  ],
  hopHooks: [['beforeRedirect']],
  guards: ['agent', 'lookup'],
  fix: { key: 'maxRedirects', value: '0' },
};
const REQUEST: ClientSpec = {
  label: 'request',
  docs: {
    calls: '`request(url)`, its methods, `request.defaults()`',
    follows: 'yes (10 hops)',
    off: '`followRedirect: false` or `maxRedirects: 0`',
  },
  followsByDefault: true,
  switches: [
    { path: ['followRedirect'], decide: followFlag },
    { path: ['maxRedirects'], decide: redirectCount },
  ],
  hopHooks: [],
  guards: ['agent', 'lookup'],
  base: { path: ['baseUrl'], absoluteWins: false },
  fix: { key: 'followRedirect', value: 'false' },
};
/** Node's own `http`/`https`: never follows a redirect. */
const NODE_HTTP: ClientSpec = {
  label: 'Node `http`',
  docs: {
    calls: '`http.get`, `https.request`, ...',
    follows: 'never',
    off: 'never reported (`no-unvalidated-url-fetch` still checks the host)',
  },
  followsByDefault: false,
  switches: [],
  hopHooks: [],
  guards: ['agent', 'lookup'],
};
export const SUPERAGENT: ClientSpec = {
  label: 'superagent',
  docs: { calls: '`superagent.get(url)`, `superagent(method, url)`', follows: 'yes (5 hops)', off: '`.redirects(0)`' },
  followsByDefault: true,
  switches: [],
  hopHooks: [],
  guards: [],
  fix: { key: 'redirects', value: '0' },
};

const url = (urlIndex: number, options: number): CallForm => ({ kind: 'url', url: urlIndex, options });
const AXIOS_CALL: CallForm = { kind: 'urlOrConfig', loneIsUrl: false };
const GOT_CALL: CallForm = { kind: 'urlOrConfig', loneIsUrl: true };
const NODE_CALL: CallForm = { kind: 'node' };

export const AXIOS_METHODS: Record<string, CallForm> = {
  request: { kind: 'config', config: 0 },
  get: url(0, 1),
  delete: url(0, 1),
  head: url(0, 1),
  options: url(0, 1),
  post: url(0, 2),
  put: url(0, 2),
  patch: url(0, 2),
  postForm: url(0, 2),
  putForm: url(0, 2),
  patchForm: url(0, 2),
};
const GOT_METHODS: Record<string, CallForm> = Object.fromEntries(
  ['get', 'post', 'put', 'patch', 'delete', 'head', 'stream'].map((method) => [method, url(0, 1)]),
);
const KY_METHODS: Record<string, CallForm> = Object.fromEntries(
  ['get', 'post', 'put', 'patch', 'delete', 'head'].map((method) => [method, url(0, 1)]),
);
const OFETCH_METHODS: Record<string, CallForm> = { raw: url(0, 1), native: url(0, 1) };
const NEEDLE_METHODS: Record<string, CallForm> = {
  get: url(0, 1),
  head: url(0, 1),
  post: url(0, 2),
  put: url(0, 2),
  patch: url(0, 2),
  delete: url(0, 2),
  request: url(1, 3),
};
const REQUEST_METHODS: Record<string, CallForm> = Object.fromEntries(
  ['get', 'post', 'put', 'patch', 'del', 'delete', 'head'].map((method) => [method, GOT_CALL]),
);
const SUPERAGENT_METHODS = ['get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'options'];

/** What an instance factory (`axios.create`, `got.extend`) returns: callable or not, with which methods. */
export interface InstanceShape {
  callable?: CallForm;
  methods: Record<string, CallForm>;
  factories: readonly string[];
}
export const INSTANCE_SHAPES: ReadonlyMap<ClientSpec, InstanceShape> = new Map<ClientSpec, InstanceShape>([
  [AXIOS, { callable: AXIOS_CALL, methods: AXIOS_METHODS, factories: ['create'] }],
  [GOT, { callable: GOT_CALL, methods: GOT_METHODS, factories: ['extend'] }],
  [KY, { callable: url(0, 1), methods: KY_METHODS, factories: ['create', 'extend'] }],
  [OFETCH, { callable: url(0, 1), methods: OFETCH_METHODS, factories: ['create'] }],
  [REQUEST, { callable: GOT_CALL, methods: REQUEST_METHODS, factories: ['defaults'] }],
]);

function request(client: ClientSpec, form: CallForm): TraceMapNode<ClientEntry> {
  return { [CALL]: { role: 'request', client, form } };
}

function clientModule(client: ClientSpec, callable: CallForm | undefined, methods: Record<string, CallForm>): TraceMapNode<ClientEntry> {
  const node: TraceMapNode<ClientEntry> = {};
  if (callable) node[CALL] = { role: 'request', client, form: callable };
  for (const [method, form] of Object.entries(methods)) node[method] = request(client, form);
  for (const factory of INSTANCE_SHAPES.get(client)?.factories ?? []) node[factory] = { [CALL]: { role: 'instance', client, defaults: 0 } };
  return node;
}

/** `require("m").default` and `import m from "m"` both reach the module's callable export. */
function withDefault(node: TraceMapNode<ClientEntry>): TraceMapNode<ClientEntry> {
  return { ...node, default: node };
}

const axiosModule = clientModule(AXIOS, AXIOS_CALL, AXIOS_METHODS);
axiosModule.defaults = { [READ]: { role: 'globalDefaults', client: AXIOS } };
const needleModule = clientModule(NEEDLE, url(1, 3), NEEDLE_METHODS);
needleModule.defaults = { [CALL]: { role: 'globalDefaults', client: NEEDLE } };
const superagentModule: TraceMapNode<ClientEntry> = { [CALL]: { role: 'superagent', callable: true } };
for (const method of SUPERAGENT_METHODS) superagentModule[method] = { [CALL]: { role: 'superagent', callable: false } };
const ofetchModule = clientModule(OFETCH, url(0, 1), OFETCH_METHODS);
const nodeHttp: TraceMapNode<ClientEntry> = {
  [READ]: { role: 'moduleObject', client: NODE_HTTP, methods: { get: NODE_CALL, request: NODE_CALL } },
  get: request(NODE_HTTP, NODE_CALL),
  request: request(NODE_HTTP, NODE_CALL),
};
const followRedirectsModule: TraceMapNode<ClientEntry> = {
  http: { get: request(FOLLOW_REDIRECTS, NODE_CALL), request: request(FOLLOW_REDIRECTS, NODE_CALL) },
  https: { get: request(FOLLOW_REDIRECTS, NODE_CALL), request: request(FOLLOW_REDIRECTS, NODE_CALL) },
};

/** Every client this pair of rules knows, by module. */
export const CLIENTS: TraceMap<ClientEntry> = {
  'node-fetch': withDefault(request(NODE_FETCH, url(0, 1))),
  'cross-fetch': withDefault({ ...request(FETCH, url(0, 1)), fetch: request(FETCH, url(0, 1)) }),
  'isomorphic-fetch': withDefault(request(FETCH, url(0, 1))),
  'node-fetch-native': withDefault({ ...request(FETCH, url(0, 1)), fetch: request(FETCH, url(0, 1)) }),
  undici: {
    fetch: request(UNDICI_FETCH, url(0, 1)),
    request: request(UNDICI_REQUEST, url(0, 1)),
    stream: request(UNDICI_REQUEST, url(0, 1)),
  },
  axios: withDefault(axiosModule),
  got: withDefault(clientModule(GOT, GOT_CALL, GOT_METHODS)),
  ky: withDefault(clientModule(KY, url(0, 1), KY_METHODS)),
  ofetch: { ofetch: ofetchModule, $fetch: ofetchModule },
  needle: withDefault(needleModule),
  superagent: withDefault(superagentModule),
  request: withDefault(clientModule(REQUEST, GOT_CALL, REQUEST_METHODS)),
  'follow-redirects': withDefault(followRedirectsModule),
  http: nodeHttp,
  https: nodeHttp,
  'node:http': nodeHttp,
  'node:https': nodeHttp,
  '@nestjs/axios': {
    HttpService: { [READ]: { role: 'service', client: NEST_HTTP, methods: AXIOS_METHODS, instanceProperties: new Set(['axiosRef']) } },
  },
};
/** The global `fetch`, and Nuxt's auto-imported `$fetch` (ofetch), which server routes use without an import. */
export const GLOBAL_FETCH: TraceMap<ClientEntry> = { fetch: request(FETCH, url(0, 1)), $fetch: ofetchModule };

/** Agents and lookups that refuse private and link-local addresses at connect time. */
export const ADDRESS_FILTERS: TraceMap<true> = {
  'request-filtering-agent': {
    useAgent: { [CALL]: true },
    RequestFilteringHttpAgent: { [CONSTRUCT]: true },
    RequestFilteringHttpsAgent: { [CONSTRUCT]: true },
    globalHttpAgent: { [READ]: true },
    globalHttpsAgent: { [READ]: true },
  },
  'ssrf-req-filter': { [CALL]: true, default: { [CALL]: true } },
  'ssrf-agent': { [CALL]: true, default: { [CALL]: true } },
  'ssrf-agent-guard': { [CALL]: true, default: { [CALL]: true } },
};
const plainAgent = { Agent: { [CONSTRUCT]: true } } satisfies TraceMapNode<true>;
/** Connection pools that filter nothing unless given a `lookup` / `connect` of their own. */
export const PLAIN_AGENTS: TraceMap<true> = {
  http: plainAgent,
  https: plainAgent,
  'node:http': plainAgent,
  'node:https': plainAgent,
  undici: { Agent: { [CONSTRUCT]: true }, Pool: { [CONSTRUCT]: true }, Client: { [CONSTRUCT]: true } },
  agentkeepalive: { [CONSTRUCT]: true, HttpsAgent: { [CONSTRUCT]: true } },
};

/**
 * Checks that screen a resolved address: a DNS lookup followed by one of these rejects private and link-local
 * targets, which `no-unvalidated-url-fetch` accepts as a host check.
 */
export const ADDRESS_CHECKS: TraceMap<'resolve' | 'range'> = {
  dns: {
    lookup: { [CALL]: 'resolve' },
    resolve: { [CALL]: 'resolve' },
    resolve4: { [CALL]: 'resolve' },
    promises: { lookup: { [CALL]: 'resolve' } },
  },
  'node:dns': {
    lookup: { [CALL]: 'resolve' },
    resolve: { [CALL]: 'resolve' },
    resolve4: { [CALL]: 'resolve' },
    promises: { lookup: { [CALL]: 'resolve' } },
  },
  'dns/promises': { lookup: { [CALL]: 'resolve' }, resolve: { [CALL]: 'resolve' }, resolve4: { [CALL]: 'resolve' } },
  'node:dns/promises': { lookup: { [CALL]: 'resolve' }, resolve: { [CALL]: 'resolve' }, resolve4: { [CALL]: 'resolve' } },
  'ipaddr.js': {
    parse: { [CALL]: 'range' },
    process: { [CALL]: 'range' },
    isValid: { [CALL]: 'range' },
    default: { parse: { [CALL]: 'range' }, process: { [CALL]: 'range' } },
  },
  'private-ip': { [CALL]: 'range', default: { [CALL]: 'range' } },
  'is-ip': { isIP: { [CALL]: 'range' }, default: { [CALL]: 'range' } },
  ip: {
    isPrivate: { [CALL]: 'range' },
    isPublic: { [CALL]: 'range' },
    default: { isPrivate: { [CALL]: 'range' }, isPublic: { [CALL]: 'range' } },
  },
  'ip-range-check': { [CALL]: 'range', default: { [CALL]: 'range' } },
  net: { BlockList: { [CONSTRUCT]: 'range' } },
  'node:net': { BlockList: { [CONSTRUCT]: 'range' } },
};

/** Every client, in the order the docs list them. */
const DOCUMENTED_CLIENTS: readonly ClientSpec[] = [
  FETCH,
  NODE_FETCH,
  UNDICI_FETCH,
  AXIOS,
  NEST_HTTP,
  GOT,
  KY,
  OFETCH,
  SUPERAGENT,
  REQUEST,
  FOLLOW_REDIRECTS,
  NEEDLE,
  UNDICI_REQUEST,
  NODE_HTTP,
];

/** The clients as the docs list them: generated from the specs above, so a new client shows up once added. */
export const HTTP_CLIENT_DOCS: LibraryDocs = {
  columns: ['client', 'calls', 'follows redirects by default', 'not reported by `no-redirect-fetch` when'],
  rows: DOCUMENTED_CLIENTS.map((client) => [client.label, client.docs.calls, client.docs.follows, client.docs.off]),
};
