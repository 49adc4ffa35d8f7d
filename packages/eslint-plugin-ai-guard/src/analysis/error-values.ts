import { ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  CLIENT_SAFE_FLAGS,
  ERROR_HANDLER_METHODS,
  ERROR_HANDLER_TYPES,
  ERROR_LIBRARIES,
  GLOBAL_ERROR_HANDLER_FACTORIES,
  GLOBAL_ERROR_LIBRARIES,
  NEST_EXCEPTION_FILTER,
  type ConverterResult,
  type DebugSetting,
  type ErrorHandlerMethod,
  type ErrorLibraryEntry,
  type ErrorServer,
  type Formatter,
  type HandedOver,
  type HandedOverParameter,
  type LibraryResponse,
} from '../libraries/errors';
import { alwaysExits, environmentPolarity, isDevelopmentOnly } from './development-guards';
import { functionValue, isFunctionNode, parameterAt, returnedExpressions, type FunctionNode } from './local-functions';
import {
  CALL,
  CONSTRUCT,
  findModuleReferences,
  importedModules,
  mentionsAnyModule,
  isGlobalIdentifier,
  valueUses,
  type ModuleReference,
  type TraceMap,
  type TraceMapNode,
} from './module-references';
import { importOf } from './request-model';
import { AST_NODE_TYPES } from './node-types';
import { readOption, resolveValue, staticPropertyName, staticValue, unwrapExpression } from './static-values';
import { createValueFlow, memberKey, OPAQUE, type Answer, type FlowContext, type FlowDomain, type ValueFlow } from './value-flow';
import { readsOfStoredValue } from './value-references';
import { FileMemo, newMap } from './file-memo';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/**
 * What an error turns into on its way to a response:
 * - `stack`: its stack trace (`err.stack`, Apollo's `extensions.exception.stacktrace`);
 * - `details`: the error object or its internals (`{ error: err }`, `util.inspect(err)`, `err.config`, `err.sql`);
 * - `message`: its message (`err.message`);
 * - `string`: its string form (`String(err)`, `` `${err}` ``, `err.toString()`), which is its name and message.
 */
export type LeakKind = 'stack' | 'details' | 'message' | 'string';

/** What a value holds of an error: what a library handed over, Apollo's `extensions`, or a leak. */
export type ErrorKind = HandedOver | 'graphql-extensions' | 'handed-object' | LeakKind;

export interface ErrorPart {
  readonly kind: ErrorKind;
  /** For `handed-object`: what each member holds (tRPC's formatter gets `{ error, shape }`). */
  readonly members?: Readonly<Record<string, HandedOver>>;
  /** Where the value became a leak (`err.stack`, `String(err)`, `{ error: err }`); undefined for what was handed over. */
  readonly origin?: TSESTree.Node;
  /** Only chosen when the status is below 500 (`status < 500 ? err.message : "Internal error"`). */
  readonly belowServerError?: boolean;
}

/** Every part of an error a value may hold. */
export type ErrorValue = readonly ErrorPart[];

const STACK_PROPERTIES = new Set(['stack', 'stacktrace', 'stackTrace']);
/** Nested errors: still an error object, with its own stack and message. */
const NESTED_ERROR_PROPERTIES = new Set(['cause', 'originalError', 'original', 'parent', 'innerError', 'error']);
/** axios's request config and request (headers, tokens), SQL text from database drivers. */
const INTERNAL_PROPERTIES = new Set(['config', 'request', 'response', 'sql', 'sqlMessage', 'query', 'parameters']);
/** Reading these from internals yields numbers or codes, not content. */
const BENIGN_PROPERTIES = new Set(['status', 'statusCode', 'statusText', 'code', 'name', 'length', 'errno', 'ok']);
/** String and array methods that keep the text they are called on. */
const TEXT_METHODS = new Set([
  'split',
  'slice',
  'substring',
  'substr',
  'replace',
  'replaceAll',
  'trim',
  'trimStart',
  'trimEnd',
  'toString',
  'toLowerCase',
  'toUpperCase',
  'concat',
  'join',
  'filter',
  'map',
  'padStart',
  'padEnd',
  'normalize',
]);
/** Array methods whose result is what their callback returns. */
const MAPPING_METHODS = new Set(['map', 'flatMap']);
/** Array methods whose result holds the elements they are called on. */
const KEEPING_METHODS = new Set(['filter', 'slice', 'concat', 'flat', 'reverse', 'sort']);
/** Built-in error classes: `instanceof Error` does not single out an error meant for the client. */
const BUILTIN_ERRORS = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'ReferenceError',
  'EvalError',
  'URIError',
  'AggregateError',
]);
/** Members a handler uses on a response: a third parameter used with one makes a four-parameter function Express error middleware. */
const RESPONSE_MEMBERS = new Set([
  'status',
  'json',
  'send',
  'render',
  'end',
  'locals',
  'headersSent',
  'statusCode',
  'sendStatus',
  'set',
  'type',
  'format',
]);
const LEAKS: ReadonlySet<ErrorKind> = new Set<ErrorKind>(['stack', 'details', 'message', 'string']);
/** A value holds at most this many parts: generated code with hundreds of branches stays cheap. */
const MAX_PARTS = 24;

export function isLeak(kind: ErrorKind): kind is LeakKind {
  return LEAKS.has(kind);
}

// ---------------------------------------------------------------------------------------------------------------
// Where errors come from.

/** `promise.catch((err) => ...)` and `promise.then(onValue, (err) => ...)`: the rejection handler. */
export function promiseRejectionHandler(call: TSESTree.CallExpression): FunctionNode | undefined {
  if (call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = staticPropertyName(call.callee);
  const handler = method === 'catch' ? call.arguments[0] : method === 'then' ? call.arguments[1] : undefined;
  return isFunctionNode(handler) ? handler : undefined;
}

/** How a framework calls an error handler: its first parameter is the error, and maybe its return value is the body. */
export interface ErrorHandler {
  framework: string;
  returnsBody: boolean;
}

const EXPRESS_ERROR_MIDDLEWARE: ErrorHandler = { framework: 'Express', returnsBody: false };
const TYPED_HANDLER: ErrorHandler = { framework: 'typed', returnsBody: false };
const GLOBAL_FACTORY: ErrorHandler = { framework: 'Nitro', returnsBody: false };

/**
 * The error handler a function is: registered with `setErrorHandler` (Fastify) or `onError` (Hono), inline or by
 * name; Express's four-parameter middleware (a third parameter used as a response or handed to a helper, or a fourth
 * called as `next(...)`; a fourth used as an object, as in `(err, request, reply, store)` internals, rules it out); typed `ErrorRequestHandler` / `ErrorHandler`;
 * a Nitro `defineNitroErrorHandler` callback.
 */
export function errorHandlerOf(sourceCode: SourceCode, fn: FunctionNode): ErrorHandler | undefined {
  for (const call of callsReceiving(sourceCode, fn)) {
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberKey(callee);
      const method: ErrorHandlerMethod | undefined =
        name !== undefined && Object.hasOwn(ERROR_HANDLER_METHODS, name) ? ERROR_HANDLER_METHODS[name] : undefined;
      if (method && (method.arity === undefined || fn.params.length === method.arity)) return method;
    } else if (GLOBAL_ERROR_HANDLER_FACTORIES.has(callee.type === AST_NODE_TYPES.Identifier ? callee.name : '')) {
      if (isGlobalIdentifier(sourceCode, callee)) return GLOBAL_FACTORY;
    }
  }
  if (isExpressErrorMiddleware(sourceCode, fn)) return EXPRESS_ERROR_MIDDLEWARE;
  return isTypedErrorHandler(sourceCode, fn) ? TYPED_HANDLER : undefined;
}

/** The calls that receive `fn` as their first argument: inline, or by the name it is declared under. */
function callsReceiving(sourceCode: SourceCode, fn: FunctionNode): TSESTree.CallExpression[] {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression) return parent.arguments[0] === fn ? [parent] : [];
  let name: TSESTree.Identifier | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) name = fn.id;
  else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) {
    name = parent.id;
  }
  const variable = name ? ASTUtils.findVariable(sourceCode.getScope(name), name) : undefined;
  return (variable?.references ?? []).flatMap((reference) => {
    const call = reference.identifier.parent;
    return call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === reference.identifier ? [call] : [];
  });
}

function isExpressErrorMiddleware(sourceCode: SourceCode, fn: FunctionNode): boolean {
  if (fn.params.length !== 4) return false;
  const response = parameterAt(fn, 2);
  const next = parameterAt(fn, 3);
  if (!response) return false;
  const uses = (parameter: TSESTree.Identifier | undefined) =>
    parameter ? (sourceCode.getDeclaredVariables(fn).find((variable) => variable.name === parameter.name)?.references ?? []) : [];
  const memberOf = (reference: TSESLint.Scope.Reference) => {
    const member = reference.identifier.parent;
    return member?.type === AST_NODE_TYPES.MemberExpression && member.object === reference.identifier ? member : undefined;
  };
  const nextUses = uses(next);
  if (nextUses.some((reference) => memberOf(reference) !== undefined)) return false;
  // The response used as one, handed to a helper (`sendErrorProd(err, res)`), or `next` called.
  return (
    uses(response).some((reference) => {
      const member = memberOf(reference);
      const key = member ? memberKey(member) : undefined;
      return (key !== undefined && RESPONSE_MEMBERS.has(key)) || isArgument(reference.identifier);
    }) || nextUses.some((reference) => isCallee(reference.identifier))
  );
}

function isArgument(node: TSESTree.Node): boolean {
  const call = node.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments.includes(node as TSESTree.CallExpressionArgument);
}

function isCallee(node: TSESTree.Node): boolean {
  const call = node.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.callee === node;
}

/** `const onError: ErrorHandler = (err, c) => ...` with the type imported from hono, `ErrorRequestHandler` from express. */
function isTypedErrorHandler(sourceCode: SourceCode, fn: FunctionNode): boolean {
  const declarator = fn.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  const annotation = declarator.id.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const typeName = annotation.typeName;
  if (typeName.type === AST_NODE_TYPES.Identifier) {
    const imported = importOf(sourceCode, typeName);
    return imported !== undefined && ERROR_HANDLER_TYPES[imported.module]?.has(imported.name) === true;
  }
  if (typeName.type === AST_NODE_TYPES.TSQualifiedName && typeName.left.type === AST_NODE_TYPES.Identifier) {
    const imported = importOf(sourceCode, typeName.left);
    return imported !== undefined && ERROR_HANDLER_TYPES[imported.module]?.has(typeName.right.name) === true;
  }
  return false;
}

/** Nest's `catch(exception, host)` in a class decorated with `@Catch()`, implementing `ExceptionFilter` or extending `BaseExceptionFilter`. */
export function isNestExceptionFilterMethod(method: TSESTree.MethodDefinition): boolean {
  if (method.kind !== 'method' || method.static || staticPropertyName(method) !== 'catch') return false;
  const classNode = method.parent.parent;
  if (classNode.type !== AST_NODE_TYPES.ClassDeclaration && classNode.type !== AST_NODE_TYPES.ClassExpression) return false;
  // espree, ESLint's default parser for .js, leaves out the TypeScript-only `decorators` and `implements`.
  const decorated = (classNode.decorators as TSESTree.Decorator[] | undefined)?.some((decorator) => {
    const expression = decorator.expression;
    const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
    return callee.type === AST_NODE_TYPES.Identifier && NEST_EXCEPTION_FILTER.decorators.has(callee.name);
  });
  const implementsFilter = (classNode.implements as TSESTree.TSClassImplements[] | undefined)?.some(
    (clause) => clause.expression.type === AST_NODE_TYPES.Identifier && NEST_EXCEPTION_FILTER.interfaces.has(clause.expression.name),
  );
  const superClass = classNode.superClass ? unwrapExpression(classNode.superClass) : undefined;
  const extendsBase = superClass?.type === AST_NODE_TYPES.Identifier && NEST_EXCEPTION_FILTER.bases.has(superClass.name);
  return decorated === true || implementsFilter === true || extendsBase;
}

const parameterCache = new FileMemo<Map<FunctionNode, readonly (HandedOverParameter | undefined)[]>>();

/**
 * What each parameter of a function receives when a framework or library calls it with an error: a promise
 * rejection handler, a framework error handler, a Nest exception filter, a formatter option of a GraphQL server
 * or error middleware. Empty for any other function.
 */
export function errorParameters(sourceCode: SourceCode, fn: FunctionNode): readonly (HandedOverParameter | undefined)[] {
  const perFile = parameterCache.get(sourceCode, newMap);
  let known = perFile.get(fn);
  if (!known) {
    known = computeErrorParameters(sourceCode, fn);
    perFile.set(fn, known);
  }
  return known;
}

function computeErrorParameters(sourceCode: SourceCode, fn: FunctionNode): readonly (HandedOverParameter | undefined)[] {
  const formatter = errorLibraryUses(sourceCode).formatters.get(fn);
  if (formatter) return formatter.formatter.parameters;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && promiseRejectionHandler(parent) === fn) return ['error'];
  if (parent?.type === AST_NODE_TYPES.MethodDefinition && isNestExceptionFilterMethod(parent)) return ['error'];
  if (fn.params.length === 0) return [];
  return errorHandlerOf(sourceCode, fn) ? ['error'] : [];
}

// ---------------------------------------------------------------------------------------------------------------
// Library uses: the tables of `libraries/errors.ts`, collected once per file, one collector per role.

export interface FormatterUse {
  server: ErrorServer;
  formatter: Formatter;
}

export interface DebugUse {
  server: ErrorServer;
  setting: DebugSetting;
  /** The option's value (`true`), and the property that holds it. */
  value: TSESTree.Node;
  property: TSESTree.Property;
  /** Formatters set beside it: what they return, not the default, is what the client gets. */
  formatters: readonly FunctionNode[];
}

export interface ErrorLibraryUses {
  /** Library-built responses (`NextResponse.json(...)`, `new HttpException(...)`), by call. */
  readonly responses: ReadonlyMap<TSESTree.Node, LibraryResponse>;
  /** Calls that turn an error into text or data (`util.inspect(err)`, `String(err)`), by call. */
  readonly converters: ReadonlyMap<TSESTree.Node, ConverterResult>;
  /** Callbacks of GraphQL servers and error middleware that receive errors and return what the client gets. */
  readonly formatters: ReadonlyMap<FunctionNode, FormatterUse>;
  /** Options that turn on stack traces for every client (`debug: true`). */
  readonly debugSettings: readonly DebugUse[];
  /** Middleware set up so that it sends stack traces in every environment (`errorhandler()`). */
  readonly leakyDefaults: readonly { server: ErrorServer; call: Call }[];
}

interface CollectedUses {
  responses: Map<TSESTree.Node, LibraryResponse>;
  converters: Map<TSESTree.Node, ConverterResult>;
  formatters: Map<FunctionNode, FormatterUse>;
  debugSettings: DebugUse[];
  leakyDefaults: { server: ErrorServer; call: Call }[];
}

type Collector<Entry extends ErrorLibraryEntry> = (
  uses: CollectedUses,
  sourceCode: SourceCode,
  reference: ModuleReference<ErrorLibraryEntry>,
  entry: Entry,
) => void;

const COLLECTORS: { [Role in ErrorLibraryEntry['role']]: Collector<Extract<ErrorLibraryEntry, { role: Role }>> } = {
  response: (uses, _sourceCode, reference, entry) => uses.responses.set(reference.node, entry.response),
  converter: (uses, _sourceCode, reference, entry) => uses.converters.set(reference.node, entry.result),
  server: (uses, sourceCode, reference, entry) => {
    const call = reference.node;
    if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) return;
    const argument = call.arguments[entry.options];
    if (!entry.factory) {
      configure(uses, sourceCode, entry.server, call, argument);
      return;
    }
    const lookup = readOption(argument, entry.factory, sourceCode.getScope(call));
    const factory = lookup.kind === 'present' ? functionValue(sourceCode, lookup.value) : undefined;
    for (const options of factory ? returnedExpressions(factory, { nested: true }) : [])
      configure(uses, sourceCode, entry.server, options, options);
  },
  optionsType: (uses, sourceCode, reference, entry) => {
    for (const use of valueUses(sourceCode, reference)) {
      for (const options of optionsDeclaredWith(use)) configure(uses, sourceCode, entry.server, options, options);
    }
  },
  plugin: (uses, sourceCode, reference, entry) => {
    for (const use of valueUses(sourceCode, reference)) {
      const call = use.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== use) continue;
      const callee = unwrapExpression(call.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && memberKey(callee) === 'register') {
        configure(uses, sourceCode, entry.server, call, call.arguments[1]);
      }
    }
  },
  factory: (uses, sourceCode, reference, entry) => {
    for (const instance of [reference.node, ...readsOfStoredValue(sourceCode, reference.node)]) {
      const member = instance.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== instance || memberKey(member) !== entry.method) continue;
      const call = member.parent;
      if (call.type === AST_NODE_TYPES.CallExpression && call.callee === member)
        configure(uses, sourceCode, entry.server, call, call.arguments[0]);
    }
  },
};

function collect(uses: CollectedUses, sourceCode: SourceCode, reference: ModuleReference<ErrorLibraryEntry>): void {
  const entry = reference.info;
  // The mapped type pairs each role with its entry shape; TypeScript cannot follow that through an index.
  (COLLECTORS[entry.role] as Collector<ErrorLibraryEntry>)(uses, sourceCode, reference, entry);
}

/** Reads one set-up of a server or middleware: its debug options, its formatter callbacks, and whether it leaks by default. */
/**
 * The options a type annotation declares: the initializer of `const options: T = {...}` and what a function
 * annotated `(): T` returns. Other uses of the type (a type argument, a parameter) declare no options here.
 */
function optionsDeclaredWith(use: TSESTree.Node): TSESTree.Node[] {
  const reference = use.parent;
  const annotation = reference?.type === AST_NODE_TYPES.TSTypeReference ? reference.parent : undefined;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeAnnotation) return [];
  const owner = annotation.parent;
  const declarator = owner?.parent;
  if (owner?.type === AST_NODE_TYPES.Identifier && declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id === owner) {
    return declarator.init ? [declarator.init] : [];
  }
  return isFunctionNode(owner) && owner.returnType === annotation ? returnedExpressions(owner, { nested: true }) : [];
}

/** One set-up of a server or middleware (`node` is the call, or the options where no call is in sight). */
function configure(
  uses: CollectedUses,
  sourceCode: SourceCode,
  server: ErrorServer,
  node: TSESTree.Node,
  argument: TSESTree.Node | undefined,
): void {
  const scope = sourceCode.getScope(node);
  // `graphqlHTTP((req) => ({ ... }))`: a function at the options position returns the options.
  const factory = server.optionsFactory ? functionValue(sourceCode, argument) : undefined;
  const optionsObjects = factory ? returnedExpressions(factory, { nested: true }) : [argument];
  // Options that cannot be read (a parameter, a function) may replace the output: only readable ones that do not count.
  const isCall = node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression;
  if (isCall && server.leaksByDefault?.overriddenBy.every((key) => readOption(argument, [key], scope).kind === 'absent')) {
    uses.leakyDefaults.push({ server, call: node });
  }
  for (const options of optionsObjects) {
    if (!options) continue;
    const formatters: FunctionNode[] = [];
    for (const formatter of server.formatters) {
      const lookup = readOption(options, formatter.path, scope);
      const fn = lookup.kind === 'present' ? functionValue(sourceCode, lookup.value) : undefined;
      if (!fn) continue;
      uses.formatters.set(fn, { server, formatter });
      formatters.push(fn);
    }
    for (const setting of server.debug) {
      const lookup = readOption(options, setting.path, scope);
      const known = (use: DebugUse) => lookup.kind === 'present' && use.value === lookup.value;
      // Options declared with a type and passed to the server are the same set-up, seen twice.
      if (lookup.kind !== 'present' || uses.debugSettings.some(known)) continue;
      if (staticValue(lookup.value, sourceCode.getScope(lookup.value))?.value === setting.on) {
        uses.debugSettings.push({ server, setting, value: lookup.value, property: lookup.property, formatters });
      }
    }
  }
}

const usesCache = new FileMemo<ErrorLibraryUses>();
const ERROR_MODULES: readonly string[] = Object.keys(ERROR_LIBRARIES);
/** The table by module, for looking up the few modules a file imports. */
const ERROR_MODULE_ENTRIES: ReadonlyMap<string, TraceMapNode<ErrorLibraryEntry>> = new Map(Object.entries(ERROR_LIBRARIES));

/** Whether a trace map node holds an entry that sets up a server or middleware (every role but responses and converters). */
function holdsSetUp(node: TraceMapNode<ErrorLibraryEntry>): boolean {
  const entries = Object.getOwnPropertySymbols(node).map((kind) => node[kind]);
  if (entries.some((entry) => entry !== undefined && entry.role !== 'response' && entry.role !== 'converter')) return true;
  return Object.values(node).some((child) => holdsSetUp(child));
}

/** The modules whose set-up alone can send errors to clients (`debug: true`, formatters, `errorhandler()`). */
const SET_UP_MODULES: readonly string[] = ERROR_MODULES.filter((name) => {
  const node = ERROR_LIBRARIES[name];
  return node !== undefined && holdsSetUp(node);
});

/**
 * Whether the file may set up a server or middleware whose options send errors to every client. Without that, and
 * without a place that holds an error (a catch, an error handler), a file has nothing this analysis reports.
 */
export function mayConfigureErrorOutput(sourceCode: SourceCode): boolean {
  return mentionsAnyModule(sourceCode, SET_UP_MODULES);
}

/** Every use of the error libraries' modules in a file, collected once (nothing is traced when none is imported). */
export function errorLibraryUses(sourceCode: SourceCode): ErrorLibraryUses {
  return usesCache.get(sourceCode, collectErrorLibraryUses);
}

function collectErrorLibraryUses(sourceCode: SourceCode): ErrorLibraryUses {
  const collected: CollectedUses = {
    responses: new Map(),
    converters: new Map(),
    formatters: new Map(),
    debugSettings: [],
    leakyDefaults: [],
  };
  // Only the modules the file imports are traced: most files import none of them, many only `util`. A file imports a
  // few modules and the table holds many: the few are looked up in the many.
  let traceMap: TraceMap<ErrorLibraryEntry> | undefined;
  for (const name of importedModules(sourceCode)) {
    const entries = ERROR_MODULE_ENTRIES.get(name);
    if (entries) (traceMap ??= {})[name] = entries;
  }
  if (traceMap) for (const reference of findModuleReferences(sourceCode, traceMap)) collect(collected, sourceCode, reference);
  return collected;
}

/**
 * The global entry a call or construction makes (`new Response(...)`, `Response.json(...)`, `String(x)`,
 * `JSON.stringify(x)`), looked up at the call: a tracker over every global would cost more than the few calls asked.
 */
export function globalLibraryEntry(sourceCode: SourceCode, call: TSESTree.Node): ErrorLibraryEntry | undefined {
  if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) return undefined;
  const kind = call.type === AST_NODE_TYPES.NewExpression ? CONSTRUCT : CALL;
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const entry = Object.hasOwn(GLOBAL_ERROR_LIBRARIES, callee.name) ? GLOBAL_ERROR_LIBRARIES[callee.name]?.[kind] : undefined;
    return entry && isGlobalIdentifier(sourceCode, callee) ? entry : undefined;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const object = unwrapExpression(callee.object);
  const member = memberKey(callee);
  if (object.type !== AST_NODE_TYPES.Identifier || member === undefined || !Object.hasOwn(GLOBAL_ERROR_LIBRARIES, object.name))
    return undefined;
  const owner = GLOBAL_ERROR_LIBRARIES[object.name];
  const entry = owner && Object.hasOwn(owner, member) ? owner[member]?.[kind] : undefined;
  return entry && isGlobalIdentifier(sourceCode, object) ? entry : undefined;
}

/** What a converter call makes of an error, from an imported module or a global. */
export function converterOf(sourceCode: SourceCode, call: TSESTree.Node): ConverterResult | undefined {
  const imported = errorLibraryUses(sourceCode).converters.get(call);
  if (imported) return imported;
  const entry = globalLibraryEntry(sourceCode, call);
  return entry?.role === 'converter' ? entry.result : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Guards: a development check, a status below 500, an error marked as written for the client.

/** Which side of 500 a test's true branch puts the status: `status < 500` is below, `err.status >= 500` above. */
export function statusGuard(sourceCode: SourceCode, test: TSESTree.Node): 'below' | 'above' | undefined {
  const node = unwrapExpression(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return flipStatus(statusGuard(sourceCode, node.argument));
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    const left = statusGuard(sourceCode, node.left);
    const right = statusGuard(sourceCode, node.right);
    if (node.operator === '&&') return left ?? right;
    return node.operator === '||' && left === right ? left : undefined;
  }
  if (node.type !== AST_NODE_TYPES.BinaryExpression || node.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
  const scope = sourceCode.getScope(node);
  const leftValue = staticValue(node.left, scope)?.value;
  const rightValue = staticValue(node.right, scope)?.value;
  const literalOnLeft = typeof leftValue === 'number' && rightValue === undefined;
  const code = literalOnLeft ? leftValue : rightValue;
  if (typeof code !== 'number' || code < 400 || code >= 600 || (!literalOnLeft && leftValue !== undefined)) return undefined;
  // `500 > status` reads as `status < 500`.
  const operator = literalOnLeft ? MIRRORED[node.operator] : node.operator;
  switch (operator) {
    case '<':
      return code <= 500 ? 'below' : undefined;
    case '<=':
      return code < 500 ? 'below' : undefined;
    case '>':
      return code >= 499 ? 'above' : undefined;
    case '>=':
      return code >= 500 ? 'above' : undefined;
    case '===':
    case '==':
      return code < 500 ? 'below' : 'above';
    default:
      return undefined;
  }
}

const MIRRORED: Readonly<Record<string, string>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '===': '===', '==': '==' };

function flipStatus(side: 'below' | 'above' | undefined): 'below' | 'above' | undefined {
  if (side === 'below') return 'above';
  return side === 'above' ? 'below' : undefined;
}

/** `err instanceof ValidationError`, `err.expose`, `err.isOperational`: the error was written for the client. */
export function testsClientSafeError(sourceCode: SourceCode, test: TSESTree.Node): boolean {
  const node = unwrapExpression(test);
  // `const exposed = Boolean(err.expose); exposed ? err.message : '...'`
  if (node.type === AST_NODE_TYPES.Identifier) {
    const value = resolveValue(node, sourceCode.getScope(node));
    return value !== node && testsClientSafeError(sourceCode, value);
  }
  if (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.arguments.length === 1 &&
    isGlobalIdentifier(sourceCode, node.callee, 'Boolean')
  ) {
    const [argument] = node.arguments;
    return argument !== undefined && testsClientSafeError(sourceCode, argument);
  }
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!' && node.argument.type === AST_NODE_TYPES.UnaryExpression) {
    return node.argument.operator === '!' && testsClientSafeError(sourceCode, node.argument.argument);
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    return node.operator === '&&'
      ? testsClientSafeError(sourceCode, node.left) || testsClientSafeError(sourceCode, node.right)
      : testsClientSafeError(sourceCode, node.left) && testsClientSafeError(sourceCode, node.right);
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === 'instanceof') {
    const right = unwrapExpression(node.right);
    return !(right.type === AST_NODE_TYPES.Identifier && BUILTIN_ERRORS.has(right.name));
  }
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(node, sourceCode.getScope(node));
    return name !== undefined && CLIENT_SAFE_FLAGS.has(name);
  }
  return false;
}

/**
 * Why an error message written at `node` is not an internal one: it sits in the branch of a check for an error
 * written for clients (`client-safe`), or of a status below 500 (`below-500`), including after
 * `if (status >= 500) return ...`. Looks up to the enclosing function.
 */
export function messageGuard(sourceCode: SourceCode, node: TSESTree.Node): 'client-safe' | 'below-500' | undefined {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    const branch = branchOf(parent, child);
    if (branch) {
      if (branch.whenTrue && testsClientSafeError(sourceCode, branch.test)) return 'client-safe';
      const side = statusGuard(sourceCode, branch.test);
      if ((side === 'below' && branch.whenTrue) || (side === 'above' && !branch.whenTrue)) return 'below-500';
    }
    if (parent.type === AST_NODE_TYPES.BlockStatement && followsServerErrorExit(sourceCode, parent.body, child)) return 'below-500';
    if (parent.type === AST_NODE_TYPES.SwitchCase && isClientErrorCase(sourceCode, parent)) return 'below-500';
  }
  return undefined;
}

function branchOf(parent: TSESTree.Node, child: TSESTree.Node): { test: TSESTree.Node; whenTrue: boolean } | undefined {
  if (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) {
    if (child === parent.consequent) return { test: parent.test, whenTrue: true };
    return child === parent.alternate ? { test: parent.test, whenTrue: false } : undefined;
  }
  if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '&&' && parent.right === child) {
    return { test: parent.left, whenTrue: true };
  }
  return undefined;
}

/** `switch (res.statusCode) { case 404: ... }`: a case for a 4xx status. */
function isClientErrorCase(sourceCode: SourceCode, switchCase: TSESTree.SwitchCase): boolean {
  const code = switchCase.test ? staticValue(switchCase.test, sourceCode.getScope(switchCase))?.value : undefined;
  const discriminant = switchCase.parent.discriminant;
  return (
    typeof code === 'number' && code >= 400 && code < 500 && staticValue(discriminant, sourceCode.getScope(discriminant)) === undefined
  );
}

/** After `if (status >= 500) { ...; return }` the status is below 500. */
function followsServerErrorExit(sourceCode: SourceCode, statements: readonly TSESTree.Node[], child: TSESTree.Node): boolean {
  for (let index = statements.indexOf(child) - 1; index >= 0; index--) {
    const statement = statements[index];
    if (
      statement?.type === AST_NODE_TYPES.IfStatement &&
      !statement.alternate &&
      alwaysExits(statement.consequent) &&
      statusGuard(sourceCode, statement.test) === 'above'
    ) {
      return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// The value flow.

const flows = new FileMemo<ValueFlow<ErrorValue>>();

/** The error flow of a file: what of a caught or handed-over error each expression holds. Built once per file. */
export function errorFlow(sourceCode: SourceCode): ValueFlow<ErrorValue> {
  return flows.get(sourceCode, buildErrorFlow);
}

function buildErrorFlow(sourceCode: SourceCode): ValueFlow<ErrorValue> {
  return createValueFlow(sourceCode, errorDomain(sourceCode));
}

function errorDomain(sourceCode: SourceCode): FlowDomain<ErrorValue> {
  return {
    caught: () => [{ kind: 'error' }],
    parameter: (fn, index) => {
      const handed = errorParameters(sourceCode, fn)[index];
      if (handed === undefined) return undefined;
      return typeof handed === 'string' ? [{ kind: handed }] : [{ kind: 'handed-object', members: handed }];
    },
    member: (value, key, node) => mapParts(value, (part) => memberPart(part, key, node)),
    method: (receiver, name, call, context) => methodValue(sourceCode, receiver, name, call, context),
    call: (call, context) => callValue(sourceCode, call, context),
    join: (values, node, context) => joinValues(values, node, context),
    contain: (value, _key, node) => containValue(value, node),
    branch: (value, test, whenTrue) => branchValue(sourceCode, value, test, whenTrue),
    // `if (isDev) sendErrorDev(err, res)`: what only a development call passes carries nothing.
    argument: (value, call) => (isDevelopmentOnly(sourceCode, call) ? undefined : value),
  };
}

function mapParts(value: ErrorValue, map: (part: ErrorPart) => ErrorPart | undefined): ErrorValue | undefined {
  const mapped: ErrorPart[] = [];
  for (const part of value) {
    const next = map(part);
    if (next) mapped.push(part.belowServerError && !next.belowServerError ? { ...next, belowServerError: true } : next);
  }
  return mapped.length > 0 ? mapped : undefined;
}

function leak(kind: LeakKind, origin: TSESTree.Node): ErrorPart {
  return { kind, origin };
}

/** `err.stack`, `err.message`, `err.config`, `err.cause`; `formatted.extensions.exception` of a GraphQL error. */
function memberPart(part: ErrorPart, key: string | undefined, node: TSESTree.Node): ErrorPart | undefined {
  const stack = key !== undefined && STACK_PROPERTIES.has(key);
  switch (part.kind) {
    case 'error':
      if (key === undefined) return undefined;
      if (stack) return leak('stack', node);
      if (key === 'message') return leak('message', node);
      if (NESTED_ERROR_PROPERTIES.has(key)) return { kind: 'error' };
      return INTERNAL_PROPERTIES.has(key) ? leak('details', node) : undefined;
    case 'graphql-error':
      if (stack) return leak('stack', node);
      if (key === 'originalError') return { kind: 'error' };
      // Apollo's `extensions` and tRPC's `data` hold the stack in development.
      return key === 'extensions' || key === 'data' ? { kind: 'graphql-extensions' } : undefined;
    case 'handed-object': {
      const member = key !== undefined && part.members && Object.hasOwn(part.members, key) ? part.members[key] : undefined;
      return member ? { kind: member } : undefined;
    }
    case 'graphql-extensions':
      if (stack) return leak('stack', node);
      // Apollo 2/3 copy the original error's own properties (and, in debug, its stack) into `exception`; Yoga's `originalError`.
      return key === 'exception' || key === 'originalError' ? leak('details', node) : undefined;
    case 'graphql-result':
      return key === 'errors' ? { kind: 'graphql-error' } : undefined;
    case 'details':
      if (key !== undefined && BENIGN_PROPERTIES.has(key)) return undefined;
      return stack ? leak('stack', node) : part;
    default:
      return undefined;
  }
}

function methodValue(
  sourceCode: SourceCode,
  receiver: ErrorValue,
  name: string,
  call: TSESTree.CallExpression,
  context: FlowContext<ErrorValue>,
): ErrorValue | undefined {
  let mapped: ErrorValue | undefined;
  const callbackResult = (): ErrorValue => {
    if (mapped) return mapped;
    const callback = functionValue(sourceCode, call.arguments[0]);
    const returned = callback ? returnedExpressions(callback, { nested: true }).map((expression) => context.valueOf(expression)) : [];
    mapped = concat(returned) ?? [];
    return mapped;
  };
  const parts: ErrorPart[] = [];
  for (const part of receiver) {
    switch (part.kind) {
      case 'error':
        if (name === 'toString') parts.push(leak('string', call));
        else if (name === 'toJSON') parts.push(leak('details', call));
        break;
      case 'graphql-error':
        if (MAPPING_METHODS.has(name)) parts.push(...callbackResult());
        else if (KEEPING_METHODS.has(name) || name === 'toJSON') parts.push(part);
        break;
      case 'details':
        if (MAPPING_METHODS.has(name)) parts.push(...callbackResult());
        else if (TEXT_METHODS.has(name)) parts.push(part);
        break;
      case 'stack':
      case 'message':
      case 'string':
        if (TEXT_METHODS.has(name)) parts.push(part);
        break;
      default:
        break;
    }
  }
  return parts.length > 0 ? dedupe(parts) : undefined;
}

/** Converters from the library table: `String(err)`, `util.inspect(err)`, `JSON.stringify(err)`, `unwrapResolverError(err)`. */
function callValue(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.TaggedTemplateExpression,
  context: FlowContext<ErrorValue>,
): Answer<ErrorValue> {
  if (call.type === AST_NODE_TYPES.TaggedTemplateExpression) return undefined;
  const converter = converterOf(sourceCode, call);
  if (!converter) return undefined;
  if (converter === 'merged') {
    const merged = call.arguments.map((argument) =>
      argument.type === AST_NODE_TYPES.SpreadElement ? undefined : containValue(context.valueOf(argument) ?? [], argument),
    );
    return concat(merged) ?? OPAQUE;
  }
  const [first] = call.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return OPAQUE;
  const value = context.valueOf(first);
  if (!value) return OPAQUE;
  if (converter === 'same') return value;
  const converted = mapParts(value, (part) => {
    if (part.kind === 'error') return leak(converter === 'string' ? 'string' : 'details', call);
    return isLeak(part.kind) ? part : undefined;
  });
  return converted ?? OPAQUE;
}

/** Template and `+` parts turn a whole error into its string form; any other join keeps every part. */
function joinValues(values: readonly ErrorValue[], node: TSESTree.Node, context: FlowContext<ErrorValue>): ErrorValue | undefined {
  // `a && b` is `b`, or a falsy `a` that holds nothing: `err.response && err.response.status` is a status.
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&') return context.valueOf(node.right);
  const operands = textOperands(node);
  if (!operands) return concat(values);
  return concat(operands.map((operand) => mapParts(context.valueOf(operand) ?? [], (part) => asText(part, operand))));
}

function textOperands(node: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions;
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') return [node.left, node.right];
  if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '+=') return [node.left, node.right];
  return undefined;
}

function asText(part: ErrorPart, operand: TSESTree.Node): ErrorPart | undefined {
  if (part.kind === 'error') return leak('string', operand);
  if (!isLeak(part.kind)) return undefined;
  return part.origin && isPatternNode(part.origin) ? { ...part, origin: operand } : part;
}

/** `{ error: err }`, `{ ...err }`, `[err]`, `body.error = err`: the error object itself is in the response. */
function containValue(value: ErrorValue, node: TSESTree.Node): ErrorValue | undefined {
  const contained =
    node.type === AST_NODE_TYPES.Property ? node.value : node.type === AST_NODE_TYPES.AssignmentExpression ? node.right : node;
  const replaced = node.type === AST_NODE_TYPES.SpreadElement ? keysAfter(node) : undefined;
  return mapParts(value, (part) => {
    if (part.kind === 'error') return leak('details', contained);
    // `{ ...formatted, extensions: { code } }`, `{ ...extensions, stacktrace: undefined }`: what debug mode adds is replaced.
    if (part.kind === 'graphql-error' && (replaced?.has('extensions') || replaced?.has('data'))) return undefined;
    if (part.kind === 'graphql-extensions' && (replaced?.has('stacktrace') || replaced?.has('exception') || replaced?.has('stack'))) {
      return undefined;
    }
    return part.origin && isPatternNode(part.origin) ? { ...part, origin: contained } : part;
  });
}

/** The keys an object literal sets after a spread, which replace the spread's. */
function keysAfter(spread: TSESTree.SpreadElement): ReadonlySet<string> {
  const object = spread.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return new Set();
  const properties = object.properties.slice(object.properties.indexOf(spread) + 1);
  return new Set(properties.flatMap((property) => (property.type === AST_NODE_TYPES.Property ? [staticPropertyName(property) ?? ''] : [])));
}

function branchValue(sourceCode: SourceCode, value: ErrorValue, test: TSESTree.Node, whenTrue: boolean): ErrorValue | undefined {
  const environment = environmentPolarity(sourceCode, test);
  if ((environment === 'development' && whenTrue) || (environment === 'production' && !whenTrue)) return undefined;
  const clientSafe = whenTrue && testsClientSafeError(sourceCode, test);
  const side = statusGuard(sourceCode, test);
  const below = (side === 'below' && whenTrue) || (side === 'above' && !whenTrue);
  if (!clientSafe && !below) return value;
  return mapParts(value, (part) => {
    if (part.kind !== 'message' && part.kind !== 'string') return part;
    return clientSafe ? undefined : { ...part, belowServerError: true };
  });
}

function concat(values: readonly (ErrorValue | undefined)[]): ErrorValue | undefined {
  const parts = values.flatMap((value) => value ?? []);
  return parts.length > 0 ? dedupe(parts) : undefined;
}

function dedupe(parts: readonly ErrorPart[]): ErrorValue {
  const seen = new Set<string>();
  const kept: ErrorPart[] = [];
  for (const part of parts) {
    const key = `${part.kind}:${part.origin?.range.join('-') ?? ''}:${part.belowServerError === true}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(part);
    if (kept.length >= MAX_PARTS) break;
  }
  return kept;
}

/** A name bound by a pattern (`catch ({ stack })`, `const { exception } = ...`): report its later use instead. */
export function isPatternNode(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.Property:
      return parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      return true;
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.left === node;
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.id === node;
    case AST_NODE_TYPES.CatchClause:
      return parent.param === node;
    default:
      return isFunctionNode(parent) && parent.params.includes(node as TSESTree.Parameter);
  }
}
