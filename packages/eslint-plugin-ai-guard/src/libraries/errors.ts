/**
 * Error handling as data: how frameworks send a response body and set its status, which library calls turn an
 * error into text, which error-handling middleware and GraphQL servers send stack traces (by default or when told
 * to), and which callbacks receive an error and return what the client gets. Read by `analysis/response-sinks.ts`
 * and `analysis/error-values.ts`, for `no-stack-in-response`.
 */
import { CALL, CONSTRUCT, READ, type TraceMap, type TraceMapNode } from '../analysis/module-references';
import type { LibraryDocs } from './docs';

/** The status class a response is sent with; `none` where the channel has no HTTP status (sockets, GraphQL). */
export type StatusClass = '2xx' | '3xx' | '4xx' | '5xx' | 'unknown' | 'none';

/**
 * What a library hands a callback:
 * - `error`: the thrown error itself;
 * - `graphql-error`: a GraphQL error as a formatter receives it, already written for clients unless its
 *   internals (`originalError`, `stack`, Apollo 2/3's `extensions.exception`) are read;
 * - `graphql-result`: mercurius's execution result, whose `errors` are GraphQL errors.
 */
export type HandedOver = 'error' | 'graphql-error' | 'graphql-result';

/** What a callback parameter receives: one of the above, or an object holding them (tRPC's `{ error, shape }`). */
export type HandedOverParameter = HandedOver | Readonly<Record<string, HandedOver>>;

// ---------------------------------------------------------------------------------------------------------------
// Response objects: which methods send a body and which set the status.

export interface BodyMethod {
  /** The first argument that is body (`res.render(view, locals)`: 1). */
  firstBody: number;
  /** The argument that sets the status (`c.json(body, 500)`); the body arguments end before it. */
  statusArgument?: number;
  /** Every writable stream has it: the receiver must be a handler's response by position or by use. */
  needsResponseShape: boolean;
  /** Only a server response has it (`res.json(x)`); `send` is also a socket's, a worker's or a Fastify reply's. */
  responseOnly: boolean;
}

/** Methods that send a body on Express/Node/Fastify responses and Hono contexts. */
export const BODY_METHODS: Readonly<Record<string, BodyMethod>> = {
  json: { firstBody: 0, statusArgument: 1, needsResponseShape: false, responseOnly: true },
  jsonp: { firstBody: 0, needsResponseShape: false, responseOnly: true },
  send: { firstBody: 0, needsResponseShape: false, responseOnly: false },
  render: { firstBody: 1, needsResponseShape: false, responseOnly: true },
  text: { firstBody: 0, statusArgument: 1, needsResponseShape: false, responseOnly: true },
  html: { firstBody: 0, statusArgument: 1, needsResponseShape: false, responseOnly: true },
  end: { firstBody: 0, needsResponseShape: true, responseOnly: true },
  write: { firstBody: 0, needsResponseShape: true, responseOnly: true },
};

/** Calls that set the status on a response chain: `res.status(500)`, `reply.code(500)`, `res.writeHead(500)`. */
export const STATUS_SETTERS: ReadonlySet<string> = new Set(['status', 'code', 'writeHead', 'sendStatus']);

/** Methods only a server response has (streams do not): a parameter used with one is a response. */
export const RESPONSE_ONLY_METHODS: ReadonlySet<string> = new Set([
  'writeHead',
  'setHeader',
  'status',
  'code',
  'sendStatus',
  'header',
  'set',
  'type',
]);

/** Status constants by name: Nest's `HttpStatus`, http-status-codes' `StatusCodes`, Node's `HTTP_STATUS_*`. */
export const STATUS_NAMES: Readonly<Record<string, number>> = {
  OK: 200,
  CREATED: 201,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  PAYMENT_REQUIRED: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  REQUEST_TIMEOUT: 408,
  CONFLICT: 409,
  GONE: 410,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE_ENTITY: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  NOT_IMPLEMENTED: 501,
  BAD_GATEWAY: 502,
  SERVICE_UNAVAILABLE: 503,
  GATEWAY_TIMEOUT: 504,
};

/**
 * A Fastify reply hands a whole error passed to `send` to the app's error handler, whose default serializer
 * sends `statusCode`, `error` and `message` only: that is the framework's error pipeline, not a body. These
 * members exist on a Fastify reply and not on an Express or Node response.
 */
export const FASTIFY_REPLY = {
  dispatchMethods: new Set(['send']) as ReadonlySet<string>,
  members: new Set(['code', 'sent', 'raw', 'hijack', 'request', 'serializer', 'elapsedTime', 'routeOptions']) as ReadonlySet<string>,
  types: { fastify: new Set(['FastifyReply']) } as Readonly<Record<string, ReadonlySet<string>>>,
};

// ---------------------------------------------------------------------------------------------------------------
// Where frameworks hand application code an error.

export interface ErrorHandlerMethod {
  framework: string;
  /** The handler's parameter count when the method name alone is ambiguous (Hono's `onError(err, c)`). */
  arity?: number;
  /** The handler's return value is sent as the body (Fastify). */
  returnsBody: boolean;
}

/** `app.setErrorHandler(fn)`, `app.onError(fn)`: the first parameter of `fn` is the error. */
export const ERROR_HANDLER_METHODS: Readonly<Record<string, ErrorHandlerMethod>> = {
  setErrorHandler: { framework: 'Fastify', returnsBody: true },
  onError: { framework: 'Hono', arity: 2, returnsBody: false },
};

/** Handler types by module: `const onError: ErrorHandler = (err, c) => ...` receives the error first. */
export const ERROR_HANDLER_TYPES: Readonly<Record<string, ReadonlySet<string>>> = {
  express: new Set(['ErrorRequestHandler']),
  'express-serve-static-core': new Set(['ErrorRequestHandler']),
  hono: new Set(['ErrorHandler']),
};

/** Global error-handler factories that need no import (Nitro auto-imports them). */
export const GLOBAL_ERROR_HANDLER_FACTORIES: ReadonlySet<string> = new Set(['defineNitroErrorHandler']);

/** How a Nest class says it is an exception filter, whose `catch(exception, host)` receives the error. */
export const NEST_EXCEPTION_FILTER = {
  decorators: new Set(['Catch']) as ReadonlySet<string>,
  interfaces: new Set(['ExceptionFilter']) as ReadonlySet<string>,
  bases: new Set(['BaseExceptionFilter']) as ReadonlySet<string>,
};

/** Flags that mark an error as written for the client: http-errors' and Koa's `expose`, the "operational error" pattern. */
export const CLIENT_SAFE_FLAGS: ReadonlySet<string> = new Set(['expose', 'isOperational', 'isPublic', 'isClientError']);

// ---------------------------------------------------------------------------------------------------------------
// Library calls: responses built by libraries, converters, error-handling middleware and GraphQL servers.

/** Where a library-built response takes its body and its status. */
export interface LibraryResponse {
  label: string;
  /** The body: an argument, or an option of an argument (`new HTTPException(500, { message })`). */
  body: { argument: number; option?: readonly string[] };
  status: { argument: number; option?: readonly string[] } | { fixed: number };
}

/** What a converter makes of an error: its text (`String(err)`), everything it holds (`util.inspect`), or the error itself. */
export type ConverterResult = 'string' | 'serialized' | 'same' | 'merged';

/** An option that sends stack traces or unmasked errors to every client when set to `on`. */
export interface DebugSetting {
  path: readonly string[];
  on: unknown;
  /** The value the suggestion puts in its place: on only in development. */
  fix: string;
}

/** A callback option that receives errors (by parameter) and returns what the client gets. */
export interface Formatter {
  path: readonly string[];
  parameters: readonly (HandedOverParameter | undefined)[];
  status: StatusClass;
}

/** Error-handling middleware or a GraphQL server: what it sends by default and which options change that. */
export interface ErrorServer {
  label: string;
  docs: { calls: string; default: string };
  debug: readonly DebugSetting[];
  formatters: readonly Formatter[];
  /** Sends stack traces in every environment, unless one of these options replaces its output. */
  leaksByDefault?: { overriddenBy: readonly string[] };
  /** A function at the options position returns the options (`graphqlHTTP((req) => ({ ... }))`). */
  optionsFactory?: boolean;
}

export type ErrorLibraryEntry =
  | { role: 'response'; response: LibraryResponse }
  | { role: 'converter'; result: ConverterResult }
  /**
   * Configured by the options at an argument of the call; `factory` names an option holding a function that returns
   * the options (Nest's `forRootAsync({ useFactory })`).
   */
  | { role: 'server'; server: ErrorServer; options: number; factory?: readonly string[] }
  /** A type that options are declared with: `const options: ApolloServerOptions = {...}`, `createGqlOptions(): ApolloDriverConfig`. */
  | { role: 'optionsType'; server: ErrorServer }
  /** Registered as a plugin: `app.register(plugin, options)`. */
  | { role: 'plugin'; server: ErrorServer }
  /** Configured by a method of what the call creates: `MiddlewareFactory.create(...).error(options)`. */
  | { role: 'factory'; server: ErrorServer; method: string };

const FETCH_RESPONSE: ErrorLibraryEntry = {
  role: 'response',
  response: { label: '`Response` / `NextResponse`', body: { argument: 0 }, status: { argument: 1, option: ['status'] } },
};
/**
 * Members of fetch's `RequestInit`: a function whose second parameter is read for one of them is a fetch
 * implementation (a mock or a wrapper, `async (input, init) => new Response(...)`), and the responses it returns go
 * back to the code that called fetch. No server handler receives such a second parameter.
 */
export const FETCH_INIT_MEMBERS: ReadonlySet<string> = new Set(['method', 'body', 'headers', 'signal', 'redirect', 'credentials']);
const NEST_HTTP_EXCEPTION: ErrorLibraryEntry = {
  role: 'response',
  response: { label: 'Nest `HttpException`', body: { argument: 0 }, status: { argument: 1 } },
};
const HONO_HTTP_EXCEPTION: ErrorLibraryEntry = {
  role: 'response',
  response: { label: 'Hono `HTTPException`', body: { argument: 1, option: ['message'] }, status: { argument: 0 } },
};

/** Nest's built-in exceptions and the status each one sends. */
const NEST_EXCEPTIONS: Readonly<Record<string, number>> = {
  BadRequestException: 400,
  UnauthorizedException: 401,
  ForbiddenException: 403,
  NotFoundException: 404,
  MethodNotAllowedException: 405,
  NotAcceptableException: 406,
  RequestTimeoutException: 408,
  ConflictException: 409,
  GoneException: 410,
  PreconditionFailedException: 412,
  PayloadTooLargeException: 413,
  UnsupportedMediaTypeException: 415,
  ImATeapotException: 418,
  MisdirectedException: 421,
  UnprocessableEntityException: 422,
  InternalServerErrorException: 500,
  NotImplementedException: 501,
  BadGatewayException: 502,
  ServiceUnavailableException: 503,
  GatewayTimeoutException: 504,
  HttpVersionNotSupportedException: 505,
};

const serialized: ErrorLibraryEntry = { role: 'converter', result: 'serialized' };
const same: ErrorLibraryEntry = { role: 'converter', result: 'same' };

const DEVELOPMENT_ONLY = 'process.env.NODE_ENV !== "production"';

const APOLLO_2_3: ErrorServer = {
  label: 'Apollo Server 2 and 3',
  docs: {
    calls: '`new ApolloServer(options)` from `apollo-server` and `apollo-server-*`, options typed `Config`',
    default: 'stack traces in `extensions.exception` unless `NODE_ENV` is `production` or `test`',
  },
  debug: [{ path: ['debug'], on: true, fix: DEVELOPMENT_ONLY }],
  formatters: [{ path: ['formatError'], parameters: ['graphql-error'], status: 'none' }],
};
const APOLLO_4: ErrorServer = {
  label: 'Apollo Server 4 and 5',
  docs: {
    calls: '`new ApolloServer(options)` from `@apollo/server`, options typed `ApolloServerOptions`',
    default: 'stack traces in `extensions.stacktrace` unless `NODE_ENV` is `production` or `test`',
  },
  debug: [{ path: ['includeStacktraceInErrorResponses'], on: true, fix: DEVELOPMENT_ONLY }],
  formatters: [{ path: ['formatError'], parameters: ['graphql-error', 'error'], status: 'none' }],
};
const NEST_GRAPHQL: ErrorServer = {
  label: '@nestjs/graphql',
  docs: {
    calls: '`GraphQLModule.forRoot(options)`, `forRootAsync({ useFactory })`, options typed `ApolloDriverConfig` or `GqlModuleOptions`',
    default: "the driver's (Apollo: stack traces outside production)",
  },
  debug: [...APOLLO_2_3.debug, ...APOLLO_4.debug],
  formatters: [...APOLLO_4.formatters, { path: ['errorFormatter'], parameters: ['graphql-result'], status: 'none' }],
};
const EXPRESS_GRAPHQL: ErrorServer = {
  label: 'express-graphql',
  docs: { calls: '`graphqlHTTP(options)`, options returned by a function too', default: 'message, locations and path only' },
  debug: [],
  optionsFactory: true,
  formatters: [
    { path: ['customFormatErrorFn'], parameters: ['graphql-error'], status: 'none' },
    { path: ['formatError'], parameters: ['graphql-error'], status: 'none' },
  ],
};
const GRAPHQL_HTTP: ErrorServer = {
  label: 'graphql-http',
  docs: { calls: '`createHandler(options)`', default: 'message, locations and path only' },
  debug: [],
  formatters: [{ path: ['formatError'], parameters: ['graphql-error'], status: 'none' }],
};
const YOGA: ErrorServer = {
  label: 'GraphQL Yoga',
  docs: {
    calls: '`createYoga(options)`, `createServer(options)` (v2), options typed `YogaServerOptions`',
    default: 'unexpected errors masked; their stack only when `NODE_ENV` is `development`',
  },
  debug: [
    { path: ['maskedErrors'], on: false, fix: 'process.env.NODE_ENV !== "development"' },
    { path: ['maskedErrors', 'isDev'], on: true, fix: 'process.env.NODE_ENV === "development"' },
  ],
  formatters: [{ path: ['maskedErrors', 'maskError'], parameters: ['graphql-error'], status: 'none' }],
};
const MERCURIUS: ErrorServer = {
  label: 'mercurius',
  docs: { calls: '`app.register(mercurius, options)`', default: 'message, locations and path only' },
  debug: [],
  formatters: [{ path: ['errorFormatter'], parameters: ['graphql-result'], status: 'none' }],
};
const ERRORHANDLER: ErrorServer = {
  label: 'errorhandler',
  docs: { calls: '`errorhandler(options)`', default: 'the stack, as HTML, JSON or text, in every environment' },
  debug: [],
  formatters: [],
  leaksByDefault: { overriddenBy: [] },
};
const KOA_JSON_ERROR: ErrorServer = {
  label: 'koa-json-error',
  docs: { calls: '`error(options)`', default: '`name`, `message`, `stack` and `type` in every environment' },
  debug: [],
  formatters: [
    { path: ['format'], parameters: ['error'], status: 'unknown' },
    { path: ['postFormat'], parameters: ['error', 'error'], status: 'unknown' },
  ],
  leaksByDefault: { overriddenBy: ['format', 'preFormat', 'postFormat', 'omit'] },
};
const STRONG_ERROR_HANDLER: ErrorServer = {
  label: 'strong-error-handler',
  docs: { calls: '`errorHandler(options)`', default: 'status and status name only for 5xx' },
  debug: [{ path: ['debug'], on: true, fix: 'process.env.NODE_ENV === "development"' }],
  formatters: [],
};
const BACKSTAGE: ErrorServer = {
  label: 'Backstage backend',
  docs: {
    calls: '`MiddlewareFactory.create(...).error(options)`, `errorHandler(options)` (backend-common)',
    default: 'stack traces in development only',
  },
  debug: [{ path: ['showStackTraces'], on: true, fix: 'process.env.NODE_ENV === "development"' }],
  formatters: [],
};
const TRPC: ErrorServer = {
  label: 'tRPC',
  docs: {
    calls: '`initTRPC.create(options)`, `initTRPC.context().create(options)`',
    default: '`data.stack` unless `NODE_ENV` is `production`',
  },
  debug: [{ path: ['isDev'], on: true, fix: DEVELOPMENT_ONLY }],
  // The shape is the default error, with `data` holding the stack in development; `error` is the thrown TRPCError.
  // Its message is in the default shape already, so only stacks and error objects count (no status).
  formatters: [{ path: ['errorFormatter'], parameters: [{ error: 'error', shape: 'graphql-error' }], status: 'none' }],
};
const H3: ErrorServer = {
  label: 'h3',
  docs: { calls: '`createApp(options)`', default: 'no stack' },
  debug: [{ path: ['debug'], on: true, fix: 'process.env.NODE_ENV === "development"' }],
  formatters: [],
};

const apollo2: TraceMapNode<ErrorLibraryEntry> = {
  ApolloServer: { [CONSTRUCT]: { role: 'server', server: APOLLO_2_3, options: 0 } },
  Config: { [READ]: { role: 'optionsType', server: APOLLO_2_3 } },
  ApolloServerExpressConfig: { [READ]: { role: 'optionsType', server: APOLLO_2_3 } },
};
const yoga: ErrorLibraryEntry = { role: 'server', server: YOGA, options: 0 };
const graphqlHttp: TraceMapNode<ErrorLibraryEntry> = { createHandler: { [CALL]: { role: 'server', server: GRAPHQL_HTTP, options: 0 } } };
const errorhandler: ErrorLibraryEntry = { role: 'server', server: ERRORHANDLER, options: 0 };
const koaJsonError: ErrorLibraryEntry = { role: 'server', server: KOA_JSON_ERROR, options: 0 };
const strongErrorHandler: ErrorLibraryEntry = { role: 'server', server: STRONG_ERROR_HANDLER, options: 0 };
const backstageFactory: TraceMapNode<ErrorLibraryEntry> = {
  MiddlewareFactory: { create: { [CALL]: { role: 'factory', server: BACKSTAGE, method: 'error' } } },
};
const inspect: TraceMapNode<ErrorLibraryEntry> = { inspect: { [CALL]: serialized }, format: { [CALL]: serialized } };
const serializeError: TraceMapNode<ErrorLibraryEntry> = { [CALL]: serialized, serializeError: { [CALL]: serialized } };
const stringify: TraceMapNode<ErrorLibraryEntry> = { [CALL]: serialized, default: { [CALL]: serialized } };

/** Library entry points by module, in every import style. */
export const ERROR_LIBRARIES: TraceMap<ErrorLibraryEntry> = {
  'next/server': { NextResponse: { [CONSTRUCT]: FETCH_RESPONSE, json: { [CALL]: FETCH_RESPONSE } } },
  '@nestjs/common': {
    HttpException: { [CONSTRUCT]: NEST_HTTP_EXCEPTION },
    ...Object.fromEntries(
      Object.entries(NEST_EXCEPTIONS).map(([name, status]) => [
        name,
        { [CONSTRUCT]: { role: 'response', response: { label: `Nest \`${name}\``, body: { argument: 0 }, status: { fixed: status } } } },
      ]),
    ),
  },
  'hono/http-exception': { HTTPException: { [CONSTRUCT]: HONO_HTTP_EXCEPTION } },
  util: inspect,
  'node:util': inspect,
  'serialize-error': serializeError,
  'pino-std-serializers': { err: { [CALL]: serialized }, errWithCause: { [CALL]: serialized } },
  'fast-safe-stringify': stringify,
  'safe-stable-stringify': stringify,
  'json-stringify-safe': stringify,
  '@apollo/server/errors': { unwrapResolverError: { [CALL]: same } },
  'apollo-server': apollo2,
  'apollo-server-express': apollo2,
  'apollo-server-koa': apollo2,
  'apollo-server-fastify': apollo2,
  'apollo-server-hapi': apollo2,
  'apollo-server-lambda': apollo2,
  'apollo-server-micro': apollo2,
  'apollo-server-cloud-functions': apollo2,
  'apollo-server-azure-functions': apollo2,
  'apollo-server-cloudflare': apollo2,
  'apollo-server-core': apollo2,
  '@apollo/server': {
    ApolloServer: { [CONSTRUCT]: { role: 'server', server: APOLLO_4, options: 0 } },
    ApolloServerOptions: { [READ]: { role: 'optionsType', server: APOLLO_4 } },
  },
  '@nestjs/graphql': {
    GraphQLModule: {
      forRoot: { [CALL]: { role: 'server', server: NEST_GRAPHQL, options: 0 } },
      forRootAsync: { [CALL]: { role: 'server', server: NEST_GRAPHQL, options: 0, factory: ['useFactory'] } },
    },
    GqlModuleOptions: { [READ]: { role: 'optionsType', server: NEST_GRAPHQL } },
  },
  '@nestjs/apollo': { ApolloDriverConfig: { [READ]: { role: 'optionsType', server: NEST_GRAPHQL } } },
  'express-graphql': { graphqlHTTP: { [CALL]: { role: 'server', server: EXPRESS_GRAPHQL, options: 0 } } },
  'graphql-http': graphqlHttp,
  'graphql-http/lib/use/express': graphqlHttp,
  'graphql-http/lib/use/fastify': graphqlHttp,
  'graphql-http/lib/use/koa': graphqlHttp,
  'graphql-http/lib/use/http': graphqlHttp,
  'graphql-http/lib/use/http2': graphqlHttp,
  'graphql-http/lib/use/fetch': graphqlHttp,
  'graphql-yoga': { createYoga: { [CALL]: yoga }, YogaServerOptions: { [READ]: { role: 'optionsType', server: YOGA } } },
  '@graphql-yoga/node': { createServer: { [CALL]: yoga } },
  mercurius: { [READ]: { role: 'plugin', server: MERCURIUS } },
  errorhandler: { [CALL]: errorhandler, default: { [CALL]: errorhandler } },
  'koa-json-error': { [CALL]: koaJsonError, default: { [CALL]: koaJsonError } },
  'strong-error-handler': { [CALL]: strongErrorHandler, default: { [CALL]: strongErrorHandler } },
  '@backstage/backend-defaults/rootHttpRouter': backstageFactory,
  '@backstage/backend-app-api': backstageFactory,
  '@backstage/backend-common': { errorHandler: { [CALL]: { role: 'server', server: BACKSTAGE, options: 0 } } },
  h3: { createApp: { [CALL]: { role: 'server', server: H3, options: 0 } } },
  '@trpc/server': {
    initTRPC: {
      create: { [CALL]: { role: 'server', server: TRPC, options: 0 } },
      context: { [CALL]: { role: 'factory', server: TRPC, method: 'create' } },
    },
  },
};

/** Globals: the fetch `Response`, and the built-ins that turn an error into text. */
export const GLOBAL_ERROR_LIBRARIES: TraceMap<ErrorLibraryEntry> = {
  Response: { [CONSTRUCT]: FETCH_RESPONSE, json: { [CALL]: FETCH_RESPONSE } },
  String: { [CALL]: { role: 'converter', result: 'string' } },
  JSON: { stringify: { [CALL]: serialized } },
  Object: { assign: { [CALL]: { role: 'converter', result: 'merged' } } },
};

/** Every server and middleware, in the order the docs list them. */
const DOCUMENTED_SERVERS: readonly ErrorServer[] = [
  ERRORHANDLER,
  KOA_JSON_ERROR,
  STRONG_ERROR_HANDLER,
  BACKSTAGE,
  H3,
  APOLLO_2_3,
  APOLLO_4,
  NEST_GRAPHQL,
  EXPRESS_GRAPHQL,
  GRAPHQL_HTTP,
  YOGA,
  MERCURIUS,
  TRPC,
];

function reportedWhen(server: ErrorServer): string {
  const reasons = [
    ...(server.leaksByDefault
      ? [
          server.leaksByDefault.overriddenBy.length > 0
            ? `registered outside a development check with none of ${server.leaksByDefault.overriddenBy.map((key) => `\`${key}\``).join(', ')}`
            : 'registered outside a development check',
        ]
      : []),
    ...server.debug.map((setting) => `\`${setting.path.join('.')}: ${String(setting.on)}\``),
    ...server.formatters.map((formatter) => `\`${formatter.path.join('.')}\` returning a stack or the error object`),
  ];
  return reasons.join('; ');
}

/** The servers and middleware as the docs list them: generated from the specs above. */
export const ERROR_LIBRARY_DOCS: LibraryDocs = {
  columns: ['library', 'recognised', 'sends by default', 'reported when'],
  rows: DOCUMENTED_SERVERS.map((server) => [server.label, server.docs.calls, server.docs.default, reportedWhen(server)]),
};
