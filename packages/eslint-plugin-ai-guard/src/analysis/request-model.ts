import { ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  DATA_PARSERS,
  H3_HANDLER_FACTORIES,
  H3_READERS,
  HANDLER_EXPORTS,
  HANDLER_OBJECT_EXPORTS,
  HONO_REQUEST_METHODS,
  PARAMETER_DECORATORS,
  REQUEST_TYPES,
  RESPONSE_METHODS,
  RESPONSE_PROPERTIES,
  ROUTE_METHODS,
  SERVER_APPS,
  type DecoratedParameter,
  type RequestApi,
} from '../libraries/frameworks';
import { forEachFileNode } from './ast-walk';
import { callSitesOf, functionValue, isFunctionNode, returnedExpressions, type FunctionNode } from './local-functions';
import { findModuleReferences, isGlobalIdentifier, textMentions } from './module-references';
import { resolveValue, staticPropertyName, staticString, unwrapExpression } from './static-values';
import { AST_NODE_TYPES } from './node-types';
import { createValueFlow, memberKey, OPAQUE, parameterName, type Answer, type FlowContext, type FlowDomain } from './value-flow';
import { readsOfStoredValue } from './value-references';
import { FileMemo } from './file-memo';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * What the request model knows about a value:
 * - `request`: an object a framework hands to a handler (`req`, `ctx`, `c`, `ctx.request`, `event`);
 * - `headers`: the request's header map (`req.headers`, `request.headers`);
 * - `cookies`: the request's cookie jar (`ctx.cookies`, `request.cookies`);
 * - `own-url`: the URL this server was reached at (`request.url`, `request.nextUrl`): its host is the server's
 *   own, but its query (`searchParams`) is the client's;
 * - `input`: data the client chose. `source` is the code that reads it (`req.query`), `header` the header's name.
 */
export type RequestValue =
  | { kind: 'request'; api: RequestApi; text?: string }
  | { kind: 'headers'; text?: string }
  | { kind: 'cookies'; text?: string }
  | { kind: 'own-url'; text?: string }
  | { kind: 'input'; source: string; header?: string };

export type RequestInput = Extract<RequestValue, { kind: 'input' }>;

/** Members of each request API that hold client data (`input`) or lead to another part of the request. */
const REQUEST_MEMBERS: Record<RequestApi, Readonly<Record<string, RequestValue['kind'] | RequestApi>>> = {
  node: {
    query: 'input',
    params: 'input',
    body: 'input',
    cookies: 'cookies',
    signedCookies: 'cookies',
    headers: 'headers',
    url: 'own-url',
    originalUrl: 'own-url',
    path: 'own-url',
  },
  'koa-context': {
    query: 'input',
    params: 'input',
    querystring: 'input',
    request: 'koa-request',
    headers: 'headers',
    header: 'headers',
    cookies: 'cookies',
    url: 'own-url',
    href: 'own-url',
    origin: 'own-url',
    path: 'own-url',
  },
  'koa-request': {
    query: 'input',
    body: 'input',
    querystring: 'input',
    headers: 'headers',
    header: 'headers',
    url: 'own-url',
    href: 'own-url',
    origin: 'own-url',
  },
  web: { headers: 'headers', cookies: 'cookies', url: 'own-url', nextUrl: 'own-url' },
  'hono-context': { req: 'hono-request' },
  'hono-request': { url: 'own-url', path: 'own-url', raw: 'web' },
  event: { request: 'web', params: 'input', searchParams: 'input', url: 'own-url', cookies: 'cookies' },
  'next-context': { query: 'input', params: 'input', req: 'node', resolvedUrl: 'own-url' },
  lambda: {
    queryStringParameters: 'input',
    multiValueQueryStringParameters: 'input',
    pathParameters: 'input',
    body: 'input',
    headers: 'headers',
    multiValueHeaders: 'headers',
    rawQueryString: 'input',
  },
};

/** Methods that read client data, by request API; `header` marks the ones whose first argument names a header. */
const REQUEST_METHODS: Record<RequestApi, Readonly<Record<string, 'input' | 'header'>>> = {
  node: { get: 'header', header: 'header', param: 'input' },
  'koa-context': { get: 'header' },
  'koa-request': { get: 'header' },
  web: { json: 'input', formData: 'input', text: 'input', arrayBuffer: 'input', blob: 'input' },
  'hono-context': {},
  'hono-request': Object.fromEntries([...HONO_REQUEST_METHODS].map((name) => [name, name === 'header' ? 'header' : 'input'])),
  event: {},
  'next-context': {},
  lambda: {},
};

/** Methods of client data that return a boolean or a number, which carry nothing a URL, path or query can use. */
const NON_DATA_METHODS = new Set([
  'includes',
  'startsWith',
  'endsWith',
  'test',
  'has',
  'indexOf',
  'lastIndexOf',
  'search',
  'localeCompare',
  'every',
  'some',
  'findIndex',
]);
/** Global functions whose result still carries their first argument's data. */
const PASS_THROUGH_GLOBALS = new Set(['String', 'decodeURIComponent', 'decodeURI', 'unescape', 'URL', 'URLSearchParams', 'atob']);
const BUFFER_DECODERS = new Set(['from']);

/** Where a handler's request comes from: a parameter of a function the framework calls. */
export interface RequestModel {
  /** The request value a parameter receives, when the function is a handler a framework calls. */
  parameter(fn: FunctionNode, index: number): RequestValue | undefined;
  /** The client data an expression carries, or undefined. */
  inputOf(node: TSESTree.Node): RequestInput | undefined;
  /** A value flow domain for rules that follow request data along with data of their own. */
  readonly domain: FlowDomain<RequestValue>;
}

const models = new FileMemo<RequestModel>();

/** The request model of a file: computed once per file, shared by every rule that asks. */
export function requestModel(sourceCode: SourceCode): RequestModel {
  return models.get(sourceCode, buildRequestModel);
}

function buildRequestModel(sourceCode: SourceCode): RequestModel {
  const seeds = collectHandlerSeeds(sourceCode);
  const shapes = new Map<FunctionNode, (RequestValue | null)[]>();
  const parameter = (fn: FunctionNode, index: number): RequestValue | undefined => {
    const seeded = seeds.get(fn)?.get(index);
    if (seeded) return withParameterText(fn, index, seeded);
    const known = shapes.get(fn) ?? [];
    shapes.set(fn, known);
    if (known[index] === undefined) {
      const shaped = shapeSeed(sourceCode, fn, index);
      known[index] = shaped ? withParameterText(fn, index, shaped) : null;
    }
    return known[index] ?? undefined;
  };
  const domain: FlowDomain<RequestValue> = {
    parameter,
    member: requestMember,
    method: (receiver, name, call, context) => requestMethod(sourceCode, receiver, name, call, context),
    call: (call, context) => requestCall(sourceCode, call, context),
    join: joinRequestValues,
  };
  const flow = createValueFlow(sourceCode, domain);
  return {
    parameter,
    domain,
    inputOf(node) {
      const value = flow.valueOf(node);
      return value?.kind === 'input' ? value : undefined;
    },
  };
}

/** A request parameter remembers its name, so the reads destructured from it can be named (`req.query`). */
function withParameterText(fn: FunctionNode, index: number, value: RequestValue): RequestValue {
  const parameter = fn.params[index];
  const name = parameter ? parameterName(parameter) : undefined;
  return value.kind === 'request' && name && value.text === undefined ? { ...value, text: name.name } : value;
}

/** Client data wins over the rest of a concatenation: `${base}/${req.query.path}` carries the client's part. */
export function joinRequestValues(values: readonly RequestValue[], node: TSESTree.Node): RequestValue | undefined {
  const input = values.find((value): value is RequestInput => value.kind === 'input');
  if (input) return input;
  const combinesText = node.type === AST_NODE_TYPES.TemplateLiteral || node.type === AST_NODE_TYPES.BinaryExpression;
  if (combinesText) return values.find((value) => value.kind === 'own-url');
  return values.length === 1 ? values[0] : undefined;
}

export function requestMember(
  value: RequestValue,
  key: string | undefined,
  node: TSESTree.Node,
  context: FlowContext<RequestValue>,
): RequestValue | undefined {
  switch (value.kind) {
    case 'request': {
      const next = key === undefined ? undefined : REQUEST_MEMBERS[value.api][key];
      if (next === undefined) return undefined;
      const text = readText(context, node, value.text, key);
      if (next === 'input') return { kind: 'input', source: text };
      if (next === 'headers' || next === 'cookies' || next === 'own-url') return { kind: next, text };
      return { kind: 'request', api: next as RequestApi, text };
    }
    case 'headers':
      return { kind: 'input', source: readText(context, node, value.text, key), header: key?.toLowerCase() };
    case 'cookies':
      return { kind: 'input', source: readText(context, node, value.text, key) };
    case 'own-url':
      return key === 'searchParams' || key === 'search' || key === 'query'
        ? { kind: 'input', source: readText(context, node, value.text, key) }
        : value;
    case 'input':
      return key === 'length' ? undefined : value;
  }
}

function requestMethod(
  sourceCode: SourceCode,
  receiver: RequestValue,
  name: string,
  call: TSESTree.CallExpression,
  context: FlowContext<RequestValue>,
): RequestValue | undefined {
  switch (receiver.kind) {
    case 'request': {
      const reads = REQUEST_METHODS[receiver.api][name];
      if (!reads) return undefined;
      const [first] = call.arguments;
      const header = reads === 'header' && first ? staticString(first, sourceCode.getScope(call))?.toLowerCase() : undefined;
      if (reads === 'header' && header === undefined) return undefined;
      return { kind: 'input', source: sourceCode.getText(call), header };
    }
    case 'headers': {
      if (name !== 'get') return undefined;
      const [first] = call.arguments;
      const header = first ? staticString(first, sourceCode.getScope(call))?.toLowerCase() : undefined;
      return { kind: 'input', source: sourceCode.getText(call), header };
    }
    case 'cookies':
      return name === 'get' ? { kind: 'input', source: sourceText(context, call) } : undefined;
    case 'own-url':
      return name === 'toString' || name === 'toJSON' ? receiver : undefined;
    case 'input':
      return NON_DATA_METHODS.has(name) ? undefined : receiver;
  }
}

function requestCall(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.TaggedTemplateExpression,
  context: FlowContext<RequestValue>,
): Answer<RequestValue> {
  if (call.type === AST_NODE_TYPES.TaggedTemplateExpression) return OPAQUE;
  const callee = unwrapExpression(call.callee);
  const [first] = call.arguments;
  if (isNestHttpRequest(callee)) return { kind: 'request', api: 'node' };
  if (callee.type === AST_NODE_TYPES.Identifier && PASS_THROUGH_GLOBALS.has(callee.name) && isGlobalIdentifier(sourceCode, callee)) {
    if (!first || first.type === AST_NODE_TYPES.SpreadElement) return OPAQUE;
    const value = context.valueOf(first);
    // `new URL(path, base)`: an absolute client path replaces the base, so the client's part is what counts.
    if (callee.name === 'URL' && value === undefined) {
      const base = call.arguments[1];
      return base && base.type !== AST_NODE_TYPES.SpreadElement ? (context.valueOf(base) ?? OPAQUE) : OPAQUE;
    }
    return value ?? OPAQUE;
  }
  if (callee.type === AST_NODE_TYPES.Identifier && H3_READERS[callee.name] && first && isH3Event(sourceCode, callee, first)) {
    const header =
      H3_READERS[callee.name] === 'header' && call.arguments[1]
        ? staticString(call.arguments[1], sourceCode.getScope(call))?.toLowerCase()
        : undefined;
    return { kind: 'input', source: sourceCode.getText(call), header };
  }
  if (first && first.type !== AST_NODE_TYPES.SpreadElement && parserCalls(sourceCode).has(call)) {
    const value = context.valueOf(first);
    // `url.resolve(base, path)`: an absolute client path wins, as with `new URL(path, base)`.
    if (value === undefined && call.arguments[1] && call.arguments[1].type !== AST_NODE_TYPES.SpreadElement)
      return context.valueOf(call.arguments[1]) ?? OPAQUE;
    return value ?? OPAQUE;
  }
  // `/^(\w+)@(.+)$/.exec(acct)`: the groups are the client's text.
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    memberKey(callee) === 'exec' &&
    first &&
    first.type !== AST_NODE_TYPES.SpreadElement
  ) {
    const value = context.valueOf(first);
    if (value?.kind === 'input') return value;
  }
  // `Buffer.from(x, "base64").toString()`, `JSON.parse(x)`, `querystring.parse(x)` keep the client's data.
  if (callee.type === AST_NODE_TYPES.MemberExpression && first && first.type !== AST_NODE_TYPES.SpreadElement) {
    const object = unwrapExpression(callee.object);
    const method = memberKey(callee);
    if (object.type === AST_NODE_TYPES.Identifier && isGlobalIdentifier(sourceCode, object)) {
      if ((object.name === 'Buffer' && BUFFER_DECODERS.has(method ?? '')) || (object.name === 'JSON' && method === 'parse')) {
        return context.valueOf(first) ?? OPAQUE;
      }
    }
  }
  return undefined;
}

/** Nest's `ExecutionContext` in guards, interceptors and filters: `context.switchToHttp().getRequest()`. */
function isNestHttpRequest(callee: TSESTree.Node): boolean {
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberKey(callee) !== 'getRequest') return false;
  const inner = unwrapExpression(callee.object);
  return (
    inner.type === AST_NODE_TYPES.CallExpression &&
    inner.callee.type === AST_NODE_TYPES.MemberExpression &&
    memberKey(inner.callee) === 'switchToHttp' &&
    inner.arguments.length === 0
  );
}

/**
 * `getQuery(event)` where `getQuery` comes from h3 or, as Nuxt auto-imports it, from nowhere in the file, and
 * `event` is the parameter of a `defineEventHandler(...)` callback.
 */
function isH3Event(sourceCode: SourceCode, reader: TSESTree.Identifier, argument: TSESTree.Node): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(reader), reader);
  const imported = variable?.defs[0]?.type === TSESLint.Scope.DefinitionType.ImportBinding;
  if (variable && variable.defs.length > 0 && !(imported && importOf(sourceCode, reader)?.module === 'h3')) return false;
  const event = unwrapExpression(argument);
  if (event.type !== AST_NODE_TYPES.Identifier) return false;
  const definition = ASTUtils.findVariable(sourceCode.getScope(event), event)?.defs[0];
  if (definition?.type !== TSESLint.Scope.DefinitionType.Parameter || !isFunctionNode(definition.node)) return false;
  const factory = definition.node.parent;
  return (
    factory?.type === AST_NODE_TYPES.CallExpression &&
    factory.callee.type === AST_NODE_TYPES.Identifier &&
    H3_HANDLER_FACTORIES.has(factory.callee.name)
  );
}

const parserSets = new FileMemo<ReadonlySet<TSESTree.Node>>();

function parserCalls(sourceCode: SourceCode): ReadonlySet<TSESTree.Node> {
  return parserSets.get(sourceCode, collectParserCalls);
}

function collectParserCalls(sourceCode: SourceCode): ReadonlySet<TSESTree.Node> {
  return new Set(findModuleReferences(sourceCode, DATA_PARSERS).map((reference) => reference.node));
}

function sourceText(context: FlowContext<RequestValue>, node: TSESTree.Node): string {
  return context.sourceCode.getText(node);
}

/** The code that reads `key`: the member expression itself, or `req.params` for `const { params } = req`. */
function readText(
  context: FlowContext<RequestValue>,
  node: TSESTree.Node,
  objectText: string | undefined,
  key: string | undefined,
): string {
  if (node.type === AST_NODE_TYPES.MemberExpression) return sourceText(context, node);
  return objectText !== undefined && key !== undefined ? `${objectText}.${key}` : (key ?? sourceText(context, node));
}

/**
 * Handlers wired through a traced framework, decorated controller parameters, typed parameters, and the exports
 * frameworks call by name: each maps a function and parameter position to the request value it receives.
 */
function collectHandlerSeeds(sourceCode: SourceCode): Map<FunctionNode, Map<number, RequestValue>> {
  const seeds = new Map<FunctionNode, Map<number, RequestValue>>();
  const seed = (fn: FunctionNode | undefined, index: number, value: RequestValue) => {
    if (!fn) return;
    const perFunction = seeds.get(fn) ?? new Map<number, RequestValue>();
    if (!perFunction.has(index)) perFunction.set(index, value);
    seeds.set(fn, perFunction);
  };

  for (const reference of findModuleReferences(sourceCode, SERVER_APPS)) {
    if (reference.kind === 'read') continue;
    const { handlerRequest, role } = reference.info;
    const creation = reference.node as TSESTree.CallExpression | TSESTree.NewExpression;
    if (role === 'server') {
      for (const argument of creation.arguments) seed(functionValue(sourceCode, argument), 0, { kind: 'request', api: handlerRequest });
      continue;
    }
    for (const registration of routeRegistrations(sourceCode, creation)) {
      for (const argument of registration.arguments) {
        const handler = functionValue(sourceCode, argument);
        if (handler) seed(handler, handler.params.length === 4 ? 1 : 0, { kind: 'request', api: handlerRequest });
      }
    }
  }

  for (const reference of findModuleReferences(sourceCode, PARAMETER_DECORATORS)) {
    const decorator = reference.node.parent;
    if (decorator?.type !== AST_NODE_TYPES.Decorator) continue;
    const parameter = decorator.parent;
    const fn = parameter?.parent;
    if (!isFunctionNode(fn)) continue;
    const index = fn.params.indexOf(parameter as TSESTree.Parameter);
    if (index >= 0) seed(fn, index, decoratedValue(sourceCode, reference.info, reference.node as TSESTree.CallExpression));
  }

  for (const statement of sourceCode.ast.body) {
    for (const exported of exportedFunctions(sourceCode, statement)) {
      const api = HANDLER_EXPORTS[exported.name];
      if (api) seedExportedHandler(exported.fn, api, seed);
    }
    for (const handler of exportedObjectHandlers(sourceCode, statement)) seed(handler.fn, 0, { kind: 'request', api: handler.api });
  }
  seedServerFunctions(sourceCode, seed);
  return seeds;
}

/** `export const actions = { default: async ({ request }) => ... } satisfies Actions`: each function takes the event. */
function exportedObjectHandlers(sourceCode: SourceCode, statement: TSESTree.ProgramStatement): { fn: FunctionNode; api: RequestApi }[] {
  const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : undefined;
  if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) return [];
  return declaration.declarations.flatMap((declarator) => {
    const api = declarator.id.type === AST_NODE_TYPES.Identifier ? HANDLER_OBJECT_EXPORTS[declarator.id.name] : undefined;
    const object = declarator.init ? unwrapExpression(declarator.init) : undefined;
    if (!api || object?.type !== AST_NODE_TYPES.ObjectExpression) return [];
    return object.properties.flatMap((property) => {
      const fn = property.type === AST_NODE_TYPES.Property ? functionValue(sourceCode, property.value) : undefined;
      return fn ? [{ fn, api }] : [];
    });
  });
}

function seedExportedHandler(
  fn: FunctionNode,
  api: RequestApi,
  seed: (fn: FunctionNode, index: number, value: RequestValue) => void,
): void {
  const first = fn.params[0];
  if (!first) return;
  // `GET({ request, params })` is SvelteKit's or Astro's event; `GET(request, { params })` is Next.js.
  seed(fn, 0, { kind: 'request', api: first.type === AST_NODE_TYPES.ObjectPattern && api === 'web' ? 'event' : api });
  if (api === 'web' && fn.params[1]) seed(fn, 1, { kind: 'request', api: 'event' });
}

/** React Server Functions: every parameter of a function a `"use server"` module exports, or of a function marked itself. */
function seedServerFunctions(sourceCode: SourceCode, seed: (fn: FunctionNode, index: number, value: RequestValue) => void): void {
  const moduleIsServer = hasDirective(sourceCode.ast.body, 'use server');
  // The client calls a Server Function with whatever arguments it likes; the source names the function and parameter.
  const mark = (fn: FunctionNode, name: string) =>
    fn.params.forEach((parameter, index) => {
      const parameterText = parameterName(parameter)?.name ?? sourceCode.getText(parameter);
      seed(fn, index, { kind: 'input', source: `${name}(${parameterText})` });
    });
  if (moduleIsServer) {
    for (const statement of sourceCode.ast.body)
      for (const exported of exportedFunctions(sourceCode, statement)) mark(exported.fn, exported.name);
  }
  // Page components receive the URL's query as `searchParams` (Next.js), and inline Server Functions mark themselves.
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      const fn = functionValue(sourceCode, statement.declaration);
      const props = fn?.params[0];
      if (
        fn &&
        props?.type === AST_NODE_TYPES.ObjectPattern &&
        props.properties.some((p) => p.type === AST_NODE_TYPES.Property && staticPropertyName(p) === 'searchParams')
      ) {
        seed(fn, 0, { kind: 'request', api: 'event' });
      }
    }
  }
  // A directive is its own source text: a module without the words has no function marked.
  if (!sourceCode.text.includes('use server')) return;
  forEachFileNode(sourceCode, (node) => {
    if (isFunctionNode(node) && node.body.type === AST_NODE_TYPES.BlockStatement && hasDirective(node.body.body, 'use server')) {
      mark(node, functionName(node));
    }
  });
}

function functionName(fn: FunctionNode): string {
  if (fn.id) return fn.id.name;
  const parent = fn.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : 'action';
}

function hasDirective(statements: readonly TSESTree.Node[], directive: string): boolean {
  for (const statement of statements) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) return false;
    if (statement.directive === directive) return true;
  }
  return false;
}

/** `export function GET`, `export const POST = async () => {}`, `export { handler as GET }`, `export default { fetch }` (Workers). */
function exportedFunctions(sourceCode: SourceCode, statement: TSESTree.ProgramStatement): { name: string; fn: FunctionNode }[] {
  if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
    const declaration = statement.declaration;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) return [{ name: declaration.id.name, fn: declaration }];
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      return declaration.declarations.flatMap((declarator) => {
        const fn = functionValue(sourceCode, declarator.init ?? undefined);
        return fn && declarator.id.type === AST_NODE_TYPES.Identifier ? [{ name: declarator.id.name, fn }] : [];
      });
    }
    return statement.specifiers.flatMap((specifier) => {
      const fn = specifier.local.type === AST_NODE_TYPES.Identifier ? functionValue(sourceCode, specifier.local) : undefined;
      const name = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : String(specifier.exported.value);
      return fn ? [{ name, fn }] : [];
    });
  }
  if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration && statement.declaration.type === AST_NODE_TYPES.ObjectExpression) {
    return statement.declaration.properties.flatMap((property) => {
      if (property.type !== AST_NODE_TYPES.Property || staticPropertyName(property) !== 'fetch' || !isFunctionNode(property.value))
        return [];
      return [{ name: 'middleware', fn: property.value }];
    });
  }
  return [];
}

function decoratedValue(sourceCode: SourceCode, decorated: DecoratedParameter, call: TSESTree.CallExpression): RequestValue {
  if (decorated.holds === 'request') return { kind: 'request', api: decorated.api };
  const [first] = call.arguments;
  const header = decorated.headerArgument && first ? staticString(first, sourceCode.getScope(call))?.toLowerCase() : undefined;
  return { kind: 'input', source: sourceCode.getText(call.parent ?? call).replace(/^@/, '@'), header };
}

/** The `.get(...)` / `.use(...)` calls on an app or router and on the values that store or chain it. */
function routeRegistrations(sourceCode: SourceCode, creation: TSESTree.Node): TSESTree.CallExpression[] {
  const found: TSESTree.CallExpression[] = [];
  const pending = [creation, ...readsOfStoredValue(sourceCode, creation)];
  for (let index = 0; index < pending.length && index < 200; index++) {
    const use = pending[index];
    const member = use?.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use) continue;
    const call = member.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) continue;
    if (!ROUTE_METHODS.has(memberKey(member) ?? '')) continue;
    found.push(call);
    // `router.route('/x').get(h).post(h)` and `app.get(...).post(...)` chain.
    pending.push(call);
  }
  return found;
}

/**
 * A parameter recognised by how the function uses it, for handlers wired in another file: a response parameter
 * (`res.json`, `reply.send`, `res.statusCode =`) makes the one before it the request; `ctx.request` or
 * `ctx.body =` make a Koa context, `c.req.query()` a Hono context; a parameter typed with a framework's request type.
 */
function shapeSeed(sourceCode: SourceCode, fn: FunctionNode, index: number): RequestValue | undefined {
  const parameter = fn.params[index];
  if (!parameter) return undefined;
  const typed = typedRequestApi(sourceCode, parameter);
  if (typed) return { kind: 'request', api: typed };
  const name = parameterName(parameter);
  if (!name) return undefined;
  const next = fn.params[index + 1];
  const nextName = next ? parameterName(next) : undefined;
  if (nextName && usedAsResponse(sourceCode, fn, nextName)) return { kind: 'request', api: 'node' };
  const uses = parameterUses(sourceCode, fn, name);
  if (uses.some((use) => isKoaContextUse(use)) || (index === 0 && isKoaMiddleware(sourceCode, fn, uses))) {
    return { kind: 'request', api: 'koa-context' };
  }
  if (uses.some((use) => isHonoContextUse(use))) return { kind: 'request', api: 'hono-context' };
  if (uses.some((use) => isLambdaEventUse(use)) || (index === 0 && returnsProxyResult(sourceCode, fn))) {
    return { kind: 'request', api: 'lambda' };
  }
  if (index === (fn.params.length === 4 ? 1 : 0) && isRouteHandler(sourceCode, fn)) return { kind: 'request', api: 'node' };
  return undefined;
}

/**
 * A function registered for a path on a router: `router.get("/items/:id", handler)`, `app.post(["/a", "/b"], auth, handler)`.
 * Only HTTP routers take a path and then handlers, so the app or router need not be imported in this file.
 */
function isRouteHandler(sourceCode: SourceCode, fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] === fn) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !ROUTE_VERBS.has(memberKey(callee) ?? '')) return false;
  const [path] = call.arguments;
  return path !== undefined && isRoutePath(sourceCode, path);
}

const ROUTE_VERBS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'all', 'use']);

function isRoutePath(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  const path = unwrapExpression(node);
  if (path.type === AST_NODE_TYPES.ArrayExpression)
    return path.elements.length > 0 && path.elements.every((element) => element !== null && isRoutePath(sourceCode, element));
  if (path.type === AST_NODE_TYPES.Literal && 'regex' in path) return true;
  if (path.type === AST_NODE_TYPES.TemplateLiteral) return /^[/*]/.test(path.quasis[0]?.value.cooked ?? '');
  const text = staticString(path, sourceCode.getScope(path));
  return text !== undefined && /^[/*]/.test(text);
}

function parameterUses(sourceCode: SourceCode, fn: FunctionNode, name: TSESTree.Identifier): TSESTree.Identifier[] {
  const variable = sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === name.name);
  return (variable?.references ?? []).flatMap((reference) =>
    reference.identifier.type === AST_NODE_TYPES.Identifier ? [reference.identifier] : [],
  );
}

function usedAsResponse(sourceCode: SourceCode, fn: FunctionNode, name: TSESTree.Identifier): boolean {
  return parameterUses(sourceCode, fn, name).some((use) => {
    const member = use.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use) return false;
    const key = memberKey(member);
    if (key === undefined) return false;
    const parent = member.parent;
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === member) return RESPONSE_METHODS.has(key);
    return RESPONSE_PROPERTIES.has(key);
  });
}

function isKoaContextUse(use: TSESTree.Identifier): boolean {
  const member = use.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use) return false;
  const key = memberKey(member);
  const parent = member.parent;
  if (key === 'request' && parent.type === AST_NODE_TYPES.MemberExpression) return true;
  if ((key === 'body' || key === 'status') && parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === member) return true;
  return key === 'throw' && parent.type === AST_NODE_TYPES.CallExpression && parent.callee === member;
}

function isHonoContextUse(use: TSESTree.Identifier): boolean {
  const member = use.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use || memberKey(member) !== 'req') return false;
  const inner = member.parent;
  if (inner.type !== AST_NODE_TYPES.MemberExpression || inner.object !== member) return false;
  const call = inner.parent;
  return call.type === AST_NODE_TYPES.CallExpression && call.callee === inner && HONO_REQUEST_METHODS.has(memberKey(inner) ?? '');
}

/**
 * `async (ctx, next) => { ctx.set("Access-Control-Allow-Origin", ...); await next(); }`: a Koa middleware by its
 * signature (a context and a `next` it calls) and a response header it sets on the context.
 */
function isKoaMiddleware(sourceCode: SourceCode, fn: FunctionNode, contextUses: readonly TSESTree.Identifier[]): boolean {
  const next = fn.params.length === 2 ? fn.params[1] : undefined;
  const nextName = next ? parameterName(next) : undefined;
  if (
    !nextName ||
    !parameterUses(sourceCode, fn, nextName).some((use) => use.parent?.type === AST_NODE_TYPES.CallExpression && use.parent.callee === use)
  ) {
    return false;
  }
  return contextUses.some((use) => {
    const member = use.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use || memberKey(member) !== 'set') return false;
    const call = member.parent;
    const [name] = call.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call.arguments : [];
    const header = name ? staticString(name, sourceCode.getScope(name)) : undefined;
    return header !== undefined && HEADER_NAME.test(header);
  });
}

/** A hyphenated HTTP header name (`Access-Control-Allow-Origin`, `X-Response-Time`, `Content-Type`). */
const HEADER_NAME = /^[a-z]+(?:-[a-z\d]+)+$/i;

/**
 * `async (event) => ({ statusCode: 200, headers, body })`: a function that answers with an API Gateway proxy result
 * (returned, or handed to its `callback`) is a Lambda or Netlify handler, and its first parameter the event.
 */
function returnsProxyResult(sourceCode: SourceCode, fn: FunctionNode): boolean {
  // A proxy result spells `statusCode`: in a file without the word, no function needs a look for its call sites.
  if (!textMentions(sourceCode, 'statusCode')) return false;
  // The platform calls a handler; a function this file calls itself (`await headInfo(link)`) only returns a status.
  if (callSitesOf(sourceCode, fn).length > 0) return false;
  const callback = fn.params.length === 3 ? fn.params[2] : undefined;
  const callbackName = callback ? parameterName(callback) : undefined;
  const answers = [
    ...returnedExpressions(fn, { nested: true }),
    ...(callbackName ? parameterUses(sourceCode, fn, callbackName) : []).flatMap((use) =>
      use.parent?.type === AST_NODE_TYPES.CallExpression && use.parent.callee === use && use.parent.arguments[1]
        ? [use.parent.arguments[1]]
        : [],
    ),
  ];
  return answers.some((answer) => {
    const value = resolveValue(answer, sourceCode.getScope(answer));
    return (
      value.type === AST_NODE_TYPES.ObjectExpression &&
      value.properties.some((property) => property.type === AST_NODE_TYPES.Property && staticPropertyName(property) === 'statusCode')
    );
  });
}

function isLambdaEventUse(use: TSESTree.Identifier): boolean {
  const member = use.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use) return false;
  const key = memberKey(member);
  return key === 'queryStringParameters' || key === 'pathParameters' || key === 'multiValueQueryStringParameters';
}

/** `req: Request` with `Request` imported from express, `request: NextRequest`, `ctx: Context` from koa or hono. */
function typedRequestApi(sourceCode: SourceCode, parameter: TSESTree.Parameter): RequestApi | undefined {
  const bound = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
  const target = bound.type === AST_NODE_TYPES.AssignmentPattern ? bound.left : bound;
  const annotation = 'typeAnnotation' in target ? target.typeAnnotation?.typeAnnotation : undefined;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  const typeName = annotation.typeName;
  if (typeName.type === AST_NODE_TYPES.Identifier) {
    const imported = importOf(sourceCode, typeName);
    if (imported) return REQUEST_TYPES[imported.module]?.[imported.name];
    // The fetch API's global `Request` (Deno, Bun, Workers, Supabase Edge Functions), when nothing in the file declares one.
    if (typeName.name !== 'Request') return undefined;
    const declared = ASTUtils.findVariable(sourceCode.getScope(typeName), typeName);
    return !declared || declared.defs.length === 0 ? 'web' : undefined;
  }
  if (typeName.type === AST_NODE_TYPES.TSQualifiedName && typeName.left.type === AST_NODE_TYPES.Identifier) {
    const imported = importOf(sourceCode, typeName.left);
    return imported?.name === '*' || imported?.name === 'default' ? REQUEST_TYPES[imported.module]?.[typeName.right.name] : undefined;
  }
  return undefined;
}

/** The module and export name an identifier is imported as (`"*"` for a namespace, `"default"` for a default import). */
export function importOf(sourceCode: SourceCode, identifier: TSESTree.Identifier): { module: string; name: string } | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (definition?.type !== TSESLint.Scope.DefinitionType.ImportBinding) return undefined;
  const declaration = definition.parent;
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const specifier = definition.node;
  if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
    const imported = specifier.imported;
    return { module: declaration.source.value, name: imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value };
  }
  return { module: declaration.source.value, name: specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier ? '*' : 'default' };
}
