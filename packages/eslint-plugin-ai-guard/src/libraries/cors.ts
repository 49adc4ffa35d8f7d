/**
 * CORS as data for `no-cors-wildcard-credentials`: the libraries that configure it (where their options go, what they
 * send when `origin` is omitted, how their origin functions are called), the framework calls that write CORS headers
 * by hand, and the host suffixes anyone can register a name under.
 */
import { CALL, CONSTRUCT, READ, type TraceMap, type TraceMapNode } from '../analysis/module-references';
import type { LibraryDocs } from './docs';
import type { RequestApi } from './frameworks';

/** What one parameter of an origin function holds: the request's Origin, the `(error, allow)` callback, or a request object. */
export type OriginParameter = 'origin' | 'callback' | RequestApi;

/** How a library calls an origin function, and how the function answers. */
export interface OriginFunction {
  parameters: readonly OriginParameter[];
  /**
   * What the function's answer is: `allow` a boolean (or `true`/`"*"`/the origin) that admits the request's Origin,
   * or `header` the value sent as `Access-Control-Allow-Origin` itself (hono, @koa/cors).
   */
  answers: 'allow' | 'header';
}

export interface CorsLibrary {
  label: string;
  /**
   * The option keys, as the library spells them: `origin` lists the keys that set the allowed origins (the first one
   * present wins), `enabled` switches CORS off, and `opaque` options replace the policy with code the rule cannot read.
   */
  keys: { origin: readonly string[]; credentials: string; enabled?: string; opaque?: readonly string[] };
  /**
   * What is sent when `origin` is omitted: `*`, the request's Origin (always, or once credentials are on), or
   * nothing (the option is required).
   */
  omittedOrigin: 'wildcard' | 'reflect' | 'reflect-with-credentials' | 'none';
  /** Whether credentials are on when the credentials option is omitted. */
  credentialsByDefault: boolean;
  originFunction?: OriginFunction;
  /** Options may be a delegate `(req, callback)` that hands the options for each request to `callback(null, options)`. */
  optionsDelegate?: RequestApi;
  /** The allowlist the suggestion puts in place of the origin: a property whose value runs where the option is written. */
  allowlist: { key: string; value: string };
  docs: { configured: string; omitted: string };
}

const ENV_ORIGINS = 'process.env.CORS_ORIGINS?.split(",") ?? []';
const ENV_ALLOWLIST = { key: 'origin', value: ENV_ORIGINS };
const KOA_ALLOWLIST = {
  key: 'origin',
  value: '(ctx) => ((process.env.CORS_ORIGINS?.split(",") ?? []).includes(ctx.get("Origin")) ? ctx.get("Origin") : "")',
};
const STANDARD_KEYS: CorsLibrary['keys'] = { origin: ['origin'], credentials: 'credentials' };
const CALLBACK: OriginFunction = { parameters: ['origin', 'callback'], answers: 'allow' };

const library = (label: string, docs: CorsLibrary['docs'], overrides: Partial<CorsLibrary> = {}): CorsLibrary => ({
  label,
  keys: STANDARD_KEYS,
  omittedOrigin: 'wildcard',
  credentialsByDefault: false,
  originFunction: CALLBACK,
  allowlist: ENV_ALLOWLIST,
  docs,
  ...overrides,
});

export const EXPRESS_CORS = library(
  '`cors`',
  { configured: '`cors(options)`, `cors((req, callback) => callback(null, options))`; `CorsOptions`-typed objects', omitted: '`*`' },
  { optionsDelegate: 'node' },
);
export const FASTIFY_CORS = library(
  '`@fastify/cors`',
  { configured: '`fastify.register(cors, options)`; `FastifyCorsOptions`-typed objects', omitted: '`*`' },
  { originFunction: { parameters: ['origin', 'callback'], answers: 'allow' } },
);
export const KOA_CORS = library(
  '`@koa/cors`',
  { configured: '`cors(options)` from `@koa/cors` or `kcors`', omitted: 'the request Origin once `credentials: true`, else `*`' },
  {
    omittedOrigin: 'reflect-with-credentials',
    originFunction: { parameters: ['koa-context'], answers: 'header' },
    allowlist: KOA_ALLOWLIST,
  },
);
export const KOA2_CORS = library(
  '`koa2-cors`',
  { configured: '`cors(options)`', omitted: '`*`' },
  { originFunction: { parameters: ['koa-context'], answers: 'header' }, allowlist: KOA_ALLOWLIST },
);
export const HONO_CORS = library(
  'hono `cors`',
  { configured: '`cors(options)` from `hono/cors`', omitted: '`*`' },
  { originFunction: { parameters: ['origin', 'hono-context'], answers: 'header' } },
);
export const ELYSIA_CORS = library(
  '`@elysiajs/cors`',
  { configured: '`cors(options)`', omitted: 'the request Origin, with credentials on by default' },
  { omittedOrigin: 'reflect', credentialsByDefault: true, originFunction: { parameters: ['web'], answers: 'allow' } },
);
export const NEST_CORS = library(
  'Nest CORS',
  {
    configured:
      '`NestFactory.create(AppModule, { cors })`, `app.enableCors(options)` (or an options delegate); Nest `CorsOptions`-typed objects',
    omitted: '`*`',
  },
  { optionsDelegate: 'node' },
);
export const SOCKET_IO_CORS = library('Socket.IO `cors`', {
  configured: '`new Server(httpServer, { cors })`, `require("socket.io")(server, { cors })`',
  omitted: '`*`',
});
export const APOLLO_CORS = library('Apollo Server `cors`', {
  configured:
    '`new ApolloServer({ cors })` (apollo-server), `applyMiddleware` / `getMiddleware` / `createHandler({ cors })` (2/3 integrations), `startStandaloneServer(server, { cors })` (@apollo/server)',
  omitted: '`*`',
});
export const YOGA_CORS = library(
  'GraphQL Yoga `cors`',
  { configured: '`createYoga({ cors })`', omitted: 'the request Origin' },
  { omittedOrigin: 'reflect', originFunction: undefined },
);
export const HAPI_CORS = library(
  'hapi `cors`',
  { configured: '`Hapi.server({ routes: { cors } })`, `server.route({ options: { cors } })`', omitted: 'any origin (`["*"]`)' },
  { originFunction: undefined },
);
export const H3_CORS = library(
  'h3 CORS',
  { configured: '`handleCors(event, options)`, `appendCorsHeaders(event, options)`', omitted: '`*`' },
  { originFunction: { parameters: ['origin'], answers: 'allow' } },
);
export const ADONIS_CORS = library(
  'AdonisJS CORS',
  { configured: '`defineConfig(options)` from `@adonisjs/cors`', omitted: '(required)' },
  { keys: { ...STANDARD_KEYS, enabled: 'enabled' }, omittedOrigin: 'none', originFunction: { parameters: ['origin'], answers: 'allow' } },
);
export const NEXTJS_CORS = library(
  '`nextjs-cors`',
  { configured: '`NextCors(req, res, options)`', omitted: '`*`' },
  { optionsDelegate: 'node' },
);
export const MICRO_CORS = library(
  '`micro-cors`',
  { configured: '`microCors(options)`', omitted: '`*`, with `allowCredentials` on by default' },
  { keys: { origin: ['origin'], credentials: 'allowCredentials' }, credentialsByDefault: true, originFunction: undefined },
);
export const RESTIFY_CORS = library(
  '`restify-cors-middleware`',
  { configured: '`corsMiddleware({ origins, credentials })` (also `restify-cors-middleware2`)', omitted: 'none' },
  {
    keys: { origin: ['origins'], credentials: 'credentials' },
    omittedOrigin: 'none',
    originFunction: undefined,
    allowlist: { key: 'origins', value: ENV_ORIGINS },
  },
);
export const MIDDY_CORS = library(
  '`@middy/http-cors`',
  { configured: '`httpCors({ origin | origins, credentials })`; `getOrigin` is not read', omitted: '`*`' },
  {
    keys: { origin: ['origins', 'origin'], credentials: 'credentials', opaque: ['getOrigin'] },
    originFunction: undefined,
    allowlist: { key: 'origins', value: ENV_ORIGINS },
  },
);
export const NEST_GATEWAY_CORS = library('Nest `@WebSocketGateway` `cors`', {
  configured: '`@WebSocketGateway({ cors })`, `@WebSocketGateway(port, { cors })` (Socket.IO options)',
  omitted: '`*`',
});

/** Where a call keeps its CORS options: an argument (`lastObject`: the last one, when it is an object) and a path inside it. */
export interface OptionsPlace {
  argument: number | 'lastObject';
  path: readonly string[];
}

/**
 * How a traced reference leads to CORS options:
 * - `call`: the call takes them (`cors(options)`, `createYoga({ cors })`);
 * - `plugin`: the plugin is registered with them (`fastify.register(cors, options)`);
 * - `instance`: the call may take them, and so may methods of what it returns (`app.enableCors(options)`);
 * - `optionsType`: objects annotated with the library's options type (`const options: CorsOptions = {...}`).
 */
export type CorsRole = 'call' | 'plugin' | 'instance' | 'optionsType';

export interface CorsEntry {
  role: CorsRole;
  library: CorsLibrary;
  /** Where the reference's own call keeps the options (`call`, `plugin`: the register call, `instance`). */
  options?: OptionsPlace;
  /** `instance`: methods of the returned value that take options. */
  methods?: Readonly<Record<string, readonly OptionsPlace[]>>;
}

const at = (argument: OptionsPlace['argument'], ...path: string[]): OptionsPlace => ({ argument, path });

const call = (corsLibrary: CorsLibrary, options: OptionsPlace = at(0)): TraceMapNode<CorsEntry> => ({
  [CALL]: { role: 'call', library: corsLibrary, options },
});
const callable = (corsLibrary: CorsLibrary, options: OptionsPlace = at(0)): TraceMapNode<CorsEntry> => ({
  ...call(corsLibrary, options),
  default: call(corsLibrary, options),
});
const optionsType = (corsLibrary: CorsLibrary): TraceMapNode<CorsEntry> => ({ [READ]: { role: 'optionsType', library: corsLibrary } });
const fastifyPlugin: TraceMapNode<CorsEntry> = { [READ]: { role: 'plugin', library: FASTIFY_CORS, options: at(1) } };
const socketServer: CorsEntry = { role: 'call', library: SOCKET_IO_CORS, options: at('lastObject', 'cors') };
const socketNode: TraceMapNode<CorsEntry> = { [CALL]: socketServer, [CONSTRUCT]: socketServer };
const apolloServer = (standalone: boolean): TraceMapNode<CorsEntry> => {
  const apolloOptions = at(0, 'cors');
  const entry: CorsEntry = standalone
    ? { role: 'call', library: APOLLO_CORS, options: apolloOptions }
    : {
        role: 'instance',
        library: APOLLO_CORS,
        methods: { applyMiddleware: [apolloOptions], getMiddleware: [apolloOptions], createHandler: [apolloOptions] },
      };
  return { ApolloServer: { [CONSTRUCT]: entry } };
};
const hapiServer: CorsEntry = {
  role: 'instance',
  library: HAPI_CORS,
  options: at(0, 'routes', 'cors'),
  methods: { route: [at(0, 'options', 'cors'), at(0, 'config', 'cors')] },
};
const hapi: TraceMapNode<CorsEntry> = { server: { [CALL]: hapiServer }, Server: { [CALL]: hapiServer, [CONSTRUCT]: hapiServer } };
const h3: TraceMapNode<CorsEntry> = {
  handleCors: call(H3_CORS, at(1)),
  appendCorsHeaders: call(H3_CORS, at(1)),
  appendCorsPreflightHeaders: call(H3_CORS, at(1)),
  H3CorsOptions: optionsType(H3_CORS),
};
const nestFactory: CorsEntry = {
  role: 'instance',
  library: NEST_CORS,
  options: at('lastObject', 'cors'),
  methods: { enableCors: [at(0)] },
};

/** Every CORS library, by module. */
export const CORS_LIBRARIES: TraceMap<CorsEntry> = {
  cors: { ...callable(EXPRESS_CORS), CorsOptions: optionsType(EXPRESS_CORS) },
  '@koa/cors': callable(KOA_CORS),
  kcors: callable(KOA_CORS),
  'koa2-cors': callable(KOA2_CORS),
  'hono/cors': { cors: call(HONO_CORS) },
  '@elysiajs/cors': { cors: call(ELYSIA_CORS), default: call(ELYSIA_CORS) },
  '@fastify/cors': { ...fastifyPlugin, default: fastifyPlugin, fastifyCors: fastifyPlugin, FastifyCorsOptions: optionsType(FASTIFY_CORS) },
  'fastify-cors': { ...fastifyPlugin, default: fastifyPlugin },
  '@nestjs/core': { NestFactory: { create: { [CALL]: nestFactory } } },
  '@nestjs/common/interfaces/external/cors-options.interface': { CorsOptions: optionsType(NEST_CORS) },
  'socket.io': { ...socketNode, Server: socketNode, default: socketNode },
  'apollo-server': apolloServer(true),
  'apollo-server-express': apolloServer(false),
  'apollo-server-koa': apolloServer(false),
  'apollo-server-fastify': apolloServer(false),
  'apollo-server-hapi': apolloServer(false),
  'apollo-server-lambda': apolloServer(false),
  'apollo-server-micro': apolloServer(false),
  '@apollo/server/standalone': { startStandaloneServer: call(APOLLO_CORS, at(1, 'cors')) },
  'graphql-yoga': { createYoga: call(YOGA_CORS, at(0, 'cors')) },
  '@hapi/hapi': { ...hapi, default: hapi },
  hapi: { ...hapi, default: hapi },
  h3,
  '@adonisjs/cors': { defineConfig: call(ADONIS_CORS) },
  'nextjs-cors': callable(NEXTJS_CORS, at(2)),
  'micro-cors': callable(MICRO_CORS),
  'restify-cors-middleware': callable(RESTIFY_CORS),
  'restify-cors-middleware2': callable(RESTIFY_CORS),
  '@middy/http-cors': callable(MIDDY_CORS),
  '@nestjs/websockets': { WebSocketGateway: call(NEST_GATEWAY_CORS, at('lastObject', 'cors')) },
};

/** Nuxt auto-imports h3, so its server routes call `handleCors(event, options)` without an import. */
export const CORS_GLOBALS: TraceMap<CorsEntry> = {
  handleCors: h3.handleCors ?? {},
  appendCorsHeaders: h3.appendCorsHeaders ?? {},
};

/** How a header-writing call takes its headers: a name and a value, or an object of them. */
export type HeaderWriteForm = { kind: 'nameValue'; name: number; value: number } | { kind: 'object'; object: number };

const nameValue = (name: number, value: number): HeaderWriteForm => ({ kind: 'nameValue', name, value });
const headerObject = (object: number): HeaderWriteForm => ({ kind: 'object', object });

export interface HeaderSetter {
  forms: readonly HeaderWriteForm[];
  /** Who writes headers this way, and how the call reads, for the docs. */
  docs: { frameworks: string; calls: string };
}

/**
 * Methods that set a response header, on whatever receiver: the name says enough once the first argument is a
 * CORS header's name. Objects of headers are recognised wherever they are sent (see the rule), so the object
 * forms are listed for the docs.
 */
export const HEADER_METHODS: Readonly<Record<string, HeaderSetter>> = {
  setHeader: {
    forms: [nameValue(0, 1)],
    docs: { frameworks: 'Node `http`, Express, Next.js API routes', calls: '`res.setHeader(name, value)`' },
  },
  header: {
    forms: [nameValue(0, 1), headerObject(0)],
    docs: {
      frameworks: 'Express, Fastify, Hono',
      calls: '`res.header(name, value)`, `reply.header(name, value)`, `c.header(name, value)`',
    },
  },
  set: {
    forms: [nameValue(0, 1), headerObject(0)],
    docs: {
      frameworks: 'Express, Koa, fetch `Headers`',
      calls: '`res.set(name, value)`, `res.set({...})`, `ctx.set(name, value)`, `headers.set(name, value)`',
    },
  },
  append: {
    forms: [nameValue(0, 1)],
    docs: {
      frameworks: 'Express, Koa, fetch `Headers`',
      calls: '`res.append(name, value)`, `ctx.append(name, value)`, `headers.append(name, value)`',
    },
  },
  appendHeader: { forms: [nameValue(0, 1)], docs: { frameworks: 'Node `http`', calls: '`res.appendHeader(name, value)`' } },
  headers: { forms: [headerObject(0)], docs: { frameworks: 'Fastify', calls: '`reply.headers({...})`' } },
  writeHead: {
    forms: [headerObject(1), headerObject(2)],
    docs: { frameworks: 'Node `http`', calls: '`res.writeHead(status, [message,] {...})`' },
  },
};

/** The header shapes the rule reads wherever they appear, for the docs. */
const HEADER_SHAPES_DOCS: readonly (readonly [string, string])[] = [
  [
    'header objects',
    '`{ "Access-Control-Allow-Origin": ... }` passed to a call (`new Headers({...})`, `setResponseHeaders(event, {...})`) or given as `headers` (`new Response(body, { headers })`, a Lambda result); `[name, value]` pairs; Next.js `headers()` entries `{ key, value }`; `headers[name] = value`',
  ],
];

const h3Setter: TraceMapNode<HeaderWriteForm> = { [CALL]: nameValue(1, 2) };
const h3Headers: TraceMapNode<HeaderWriteForm> = { [CALL]: headerObject(1) };
const H3_HEADER_FUNCTIONS = {
  setHeader: h3Setter,
  setResponseHeader: h3Setter,
  appendHeader: h3Setter,
  appendResponseHeader: h3Setter,
  setHeaders: h3Headers,
  setResponseHeaders: h3Headers,
  appendHeaders: h3Headers,
  appendResponseHeaders: h3Headers,
} satisfies Record<string, TraceMapNode<HeaderWriteForm>>;

/** h3's header functions, which take the event first: `setHeader(event, name, value)`. */
export const HEADER_FUNCTIONS: TraceMap<HeaderWriteForm> = { h3: H3_HEADER_FUNCTIONS };
/** The same functions as Nuxt server routes call them, auto-imported. */
export const HEADER_FUNCTION_GLOBALS: TraceMap<HeaderWriteForm> = H3_HEADER_FUNCTIONS;

export const ALLOW_ORIGIN = 'access-control-allow-origin';
export const ALLOW_CREDENTIALS = 'access-control-allow-credentials';

/**
 * Registrable suffixes where anyone can get a name (public-suffix entries of hosting platforms): an allowlist
 * check for `*.vercel.app` admits every other customer's deployment.
 */
export const SHARED_HOST_SUFFIXES: ReadonlySet<string> = new Set([
  'vercel.app',
  'netlify.app',
  'herokuapp.com',
  'github.io',
  'gitlab.io',
  'pages.dev',
  'workers.dev',
  'web.app',
  'firebaseapp.com',
  'onrender.com',
  'fly.dev',
  'railway.app',
  'up.railway.app',
  'ngrok.io',
  'ngrok-free.app',
  'ngrok.app',
  'trycloudflare.com',
  'glitch.me',
  'repl.co',
  'replit.dev',
  'azurewebsites.net',
  'azurestaticapps.net',
  'cloudfront.net',
  'amplifyapp.com',
  'surge.sh',
  'loca.lt',
  'gitpod.io',
  'csb.app',
]);

/** Every library, in the order the docs list them. */
const DOCUMENTED_LIBRARIES: readonly CorsLibrary[] = [
  EXPRESS_CORS,
  FASTIFY_CORS,
  KOA_CORS,
  KOA2_CORS,
  HONO_CORS,
  ELYSIA_CORS,
  NEST_CORS,
  SOCKET_IO_CORS,
  APOLLO_CORS,
  YOGA_CORS,
  HAPI_CORS,
  H3_CORS,
  ADONIS_CORS,
  NEXTJS_CORS,
  MICRO_CORS,
  RESTIFY_CORS,
  MIDDY_CORS,
  NEST_GATEWAY_CORS,
];

const PARAMETER_NAMES: Readonly<Record<OriginParameter, string>> = {
  origin: 'origin',
  callback: 'callback',
  node: 'req',
  'koa-context': 'ctx',
  'koa-request': 'request',
  web: 'request',
  'hono-context': 'c',
  'hono-request': 'c.req',
  event: 'event',
  'next-context': 'context',
  lambda: 'event',
};

function originFunctionDocs(corsLibrary: CorsLibrary): string {
  const fn = corsLibrary.originFunction;
  if (!fn) return 'none';
  const parameters = fn.parameters.map((parameter) => PARAMETER_NAMES[parameter]);
  return `\`(${parameters.join(', ')})\`, ${fn.answers === 'allow' ? 'answering whether to allow' : 'returning the header value'}`;
}

/** `setHeader(event, name, value)`, `setResponseHeaders(event, {...})`. */
function functionDocs(name: string, form: HeaderWriteForm): string {
  return `\`${name}(event, ${form.kind === 'nameValue' ? 'name, value' : '{...}'})\``;
}

/** The libraries and header writers as the docs list them: generated from the tables above. */
export const CORS_DOCS: LibraryDocs = {
  columns: ['library or framework', 'recognised', 'origin when omitted', 'origin function'],
  rows: [
    ...DOCUMENTED_LIBRARIES.map((corsLibrary) => [
      corsLibrary.label,
      corsLibrary.docs.configured,
      corsLibrary.docs.omitted,
      originFunctionDocs(corsLibrary),
    ]),
    ...Object.values(HEADER_METHODS).map((setter) => [`hand-written: ${setter.docs.frameworks}`, setter.docs.calls, '—', '—']),
    [
      'hand-written: h3 / Nuxt (imported or auto-imported)',
      Object.entries(H3_HEADER_FUNCTIONS)
        .map(([name, node]) => functionDocs(name, node[CALL] as HeaderWriteForm))
        .join(', '),
      '—',
      '—',
    ],
    ...HEADER_SHAPES_DOCS.map(([shape, calls]) => [`hand-written: ${shape}`, calls, '—', '—']),
  ],
};
