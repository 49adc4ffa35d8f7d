/**
 * How server frameworks hand a request to application code, as data for the request model
 * (`analysis/request-model.ts`). Every entry names a shape only that framework produces.
 */
import { CALL, CONSTRUCT, type TraceMap, type TraceMapNode } from '../analysis/module-references';

/** Which request API a value exposes; the request model knows each one's members. */
export type RequestApi =
  /** Node `IncomingMessage` and what extends it: Express, Connect, Fastify, Next.js API routes, Nest `@Req()`. */
  | 'node'
  /** Koa's `ctx`. */
  | 'koa-context'
  /** Koa's `ctx.request`. */
  | 'koa-request'
  /** The fetch API `Request`: Next.js route handlers and middleware, Remix, SvelteKit, Workers, Deno, Bun. */
  | 'web'
  /** Hono's `c`. */
  | 'hono-context'
  /** Hono's `c.req`. */
  | 'hono-request'
  /** The event object of SvelteKit, Astro and Remix handlers: `{ request, params, url }`. */
  | 'event'
  /** Next.js `getServerSideProps` / `getInitialProps` context: `{ req, query, params }`. */
  | 'next-context'
  /** An AWS Lambda / API Gateway proxy event. */
  | 'lambda';

/** What a route-registration entry point hands its handlers. */
export type ServerApp = { role: 'app'; handlerRequest: RequestApi } | { role: 'server'; handlerRequest: RequestApi };

const expressApp: ServerApp = { role: 'app', handlerRequest: 'node' };
const koaApp: ServerApp = { role: 'app', handlerRequest: 'koa-context' };
const fastifyApp: ServerApp = { role: 'app', handlerRequest: 'node' };
const honoApp: ServerApp = { role: 'app', handlerRequest: 'hono-context' };
const nodeServer: ServerApp = { role: 'server', handlerRequest: 'node' };

/** Apps and routers whose `.get/.post/.use/...` take handlers, and servers whose callback takes the request. */
export const SERVER_APPS: TraceMap<ServerApp> = {
  express: { [CALL]: expressApp, Router: { [CALL]: expressApp }, default: { [CALL]: expressApp, Router: { [CALL]: expressApp } } },
  connect: { [CALL]: expressApp },
  polka: { [CALL]: expressApp },
  restify: { createServer: { [CALL]: expressApp } },
  koa: { [CONSTRUCT]: koaApp, default: { [CONSTRUCT]: koaApp } },
  '@koa/router': { [CONSTRUCT]: koaApp, default: { [CONSTRUCT]: koaApp } },
  'koa-router': { [CONSTRUCT]: koaApp, [CALL]: koaApp },
  fastify: { [CALL]: fastifyApp, default: { [CALL]: fastifyApp }, fastify: { [CALL]: fastifyApp } },
  hono: { Hono: { [CONSTRUCT]: honoApp } },
  'hono/tiny': { Hono: { [CONSTRUCT]: honoApp } },
  'hono/quick': { Hono: { [CONSTRUCT]: honoApp } },
  http: { createServer: { [CALL]: nodeServer } },
  https: { createServer: { [CALL]: nodeServer } },
  http2: { createServer: { [CALL]: nodeServer }, createSecureServer: { [CALL]: nodeServer } },
  'node:http': { createServer: { [CALL]: nodeServer } },
  'node:https': { createServer: { [CALL]: nodeServer } },
  'node:http2': { createServer: { [CALL]: nodeServer }, createSecureServer: { [CALL]: nodeServer } },
};

/** Methods of an app or router that register handlers: every function argument is a handler. */
export const ROUTE_METHODS: ReadonlySet<string> = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'del',
  'head',
  'options',
  'all',
  'use',
  'route',
  'on',
]);

/** What a decorated controller parameter holds: the request itself, or one part of its input. */
export type DecoratedParameter = { holds: 'request'; api: RequestApi } | { holds: 'input'; part: string; headerArgument?: boolean };

const request: DecoratedParameter = { holds: 'request', api: 'node' };
const input = (part: string, headerArgument = false): DecoratedParameter => ({ holds: 'input', part, headerArgument });

/** Parameter decorators of controller frameworks, by module and export name. */
export const PARAMETER_DECORATORS: TraceMap<DecoratedParameter> = {
  '@nestjs/common': {
    Req: { [CALL]: request },
    Request: { [CALL]: request },
    Body: { [CALL]: input('@Body()') },
    Query: { [CALL]: input('@Query()') },
    Param: { [CALL]: input('@Param()') },
    Headers: { [CALL]: input('@Headers()', true) },
    HostParam: { [CALL]: input('@HostParam()') },
  },
  'routing-controllers': {
    Req: { [CALL]: request },
    Body: { [CALL]: input('@Body()') },
    BodyParam: { [CALL]: input('@BodyParam()') },
    QueryParam: { [CALL]: input('@QueryParam()') },
    QueryParams: { [CALL]: input('@QueryParams()') },
    Param: { [CALL]: input('@Param()') },
    Params: { [CALL]: input('@Params()') },
    HeaderParam: { [CALL]: input('@HeaderParam()', true) },
    CookieParam: { [CALL]: input('@CookieParam()') },
  },
  tsoa: {
    Request: { [CALL]: request },
    Body: { [CALL]: input('@Body()') },
    BodyProp: { [CALL]: input('@BodyProp()') },
    Query: { [CALL]: input('@Query()') },
    Path: { [CALL]: input('@Path()') },
    Header: { [CALL]: input('@Header()', true) },
  },
};

/** Types a handler parameter is annotated with, by module and export name. */
export const REQUEST_TYPES: Readonly<Record<string, Readonly<Record<string, RequestApi>>>> = {
  express: { Request: 'node' },
  'express-serve-static-core': { Request: 'node' },
  http: { IncomingMessage: 'node' },
  'node:http': { IncomingMessage: 'node' },
  fastify: { FastifyRequest: 'node' },
  next: { NextApiRequest: 'node', GetServerSidePropsContext: 'next-context', NextPageContext: 'next-context' },
  'next/server': { NextRequest: 'web' },
  koa: { Context: 'koa-context', ParameterizedContext: 'koa-context', Request: 'koa-request' },
  hono: { Context: 'hono-context' },
  '@sveltejs/kit': { RequestEvent: 'event' },
  '@remix-run/node': { LoaderFunctionArgs: 'event', ActionFunctionArgs: 'event' },
  '@remix-run/cloudflare': { LoaderFunctionArgs: 'event', ActionFunctionArgs: 'event' },
  'react-router': { LoaderFunctionArgs: 'event', ActionFunctionArgs: 'event' },
  'aws-lambda': { APIGatewayProxyEvent: 'lambda', APIGatewayProxyEventV2: 'lambda' },
};

/** Named exports whose object's functions a framework calls with a request: SvelteKit's form `actions`. */
export const HANDLER_OBJECT_EXPORTS: Readonly<Record<string, RequestApi>> = { actions: 'event' };

/**
 * Named exports of a route module that run only on the server, even in a module that also renders a component:
 * Remix / React Router `loader` and `action`, Next.js pages router data functions.
 */
export const SERVER_ONLY_EXPORTS: ReadonlySet<string> = new Set(['loader', 'action', 'getServerSideProps', 'getStaticProps']);

/** Named exports that frameworks call with a request, by the request API of their first parameter. */
export const HANDLER_EXPORTS: Readonly<Record<string, RequestApi>> = {
  // Next.js route handlers (an object pattern there is SvelteKit's or Astro's event).
  GET: 'web',
  POST: 'web',
  PUT: 'web',
  PATCH: 'web',
  DELETE: 'web',
  HEAD: 'web',
  OPTIONS: 'web',
  ALL: 'event',
  // Next.js middleware.
  middleware: 'web',
  // Remix / React Router.
  loader: 'event',
  action: 'event',
  // Next.js pages router.
  getServerSideProps: 'next-context',
  getInitialProps: 'next-context',
};

/** Methods of a response object; a parameter used with one of them is a response, and the one before it the request. */
export const RESPONSE_METHODS: ReadonlySet<string> = new Set([
  'json',
  'send',
  'status',
  'sendStatus',
  'render',
  'redirect',
  'end',
  'writeHead',
  'setHeader',
  'sendFile',
  'download',
  'cookie',
  'clearCookie',
  'type',
  'set',
  'attachment',
  'jsonp',
  'code',
  'header',
  'headers',
  'location',
  'view',
  'raw',
]);

/** Properties of a response assigned by handlers (`res.statusCode = 404`, `res.locals.user = ...`). */
export const RESPONSE_PROPERTIES: ReadonlySet<string> = new Set(['statusCode', 'statusMessage', 'locals', 'headersSent']);

/** Methods of Hono's `c.req` that return client data. */
export const HONO_REQUEST_METHODS: ReadonlySet<string> = new Set([
  'query',
  'queries',
  'param',
  'json',
  'parseBody',
  'formData',
  'text',
  'header',
  'valid',
  'arrayBuffer',
  'blob',
]);

const urlModule: TraceMapNode<true> = { URL: { [CONSTRUCT]: true }, parse: { [CALL]: true }, resolve: { [CALL]: true } };
const queryParser: TraceMapNode<true> = { parse: { [CALL]: true } };

/** Library parsers whose result carries their first argument's data (`new url.URL(x)`, `qs.parse(x)`). */
export const DATA_PARSERS: TraceMap<true> = {
  url: urlModule,
  'node:url': urlModule,
  querystring: queryParser,
  'node:querystring': queryParser,
  qs: queryParser,
};

/** h3 (Nuxt, Nitro) reads the request through functions of the event; Nuxt auto-imports them without an import. */
export const H3_READERS: Readonly<Record<string, 'input' | 'header'>> = {
  getQuery: 'input',
  getValidatedQuery: 'input',
  getRouterParam: 'input',
  getRouterParams: 'input',
  getValidatedRouterParams: 'input',
  readBody: 'input',
  readValidatedBody: 'input',
  readRawBody: 'input',
  readFormData: 'input',
  readMultipartFormData: 'input',
  getCookie: 'input',
  parseCookies: 'input',
  getHeader: 'header',
  getRequestHeader: 'header',
};

/** The h3 wrappers whose callback receives the event. */
export const H3_HANDLER_FACTORIES: ReadonlySet<string> = new Set([
  'defineEventHandler',
  'eventHandler',
  'defineCachedEventHandler',
  'defineWebSocketHandler',
]);
