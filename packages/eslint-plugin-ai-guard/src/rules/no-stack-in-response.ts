import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { branchIsDevelopment, isDevelopmentOnly } from '../analysis/development-guards';
import {
  errorBindingReads,
  errorHandlerSource,
  graphqlFormatter,
  isNestExceptionFilterMethod,
  promiseRejectionHandler,
  type ErrorBindingRead,
} from '../analysis/error-values';
import { enclosingFunction, followArgumentIntoLocalFunction, isFunctionNode, type FunctionNode } from '../analysis/local-functions';
import { CALL, findGlobalReferences, findModuleReferences, type TraceMap } from '../analysis/module-references';
import {
  assignmentSink,
  chainRoot,
  findLibrarySinks,
  librarySink,
  methodCallSink,
  type LibrarySink,
  type ResponseSink,
} from '../analysis/response-sinks';
import { staticPropertyName, staticString, unwrapExpression } from '../analysis/static-values';
import { readsOfStoredValue } from '../analysis/value-references';
import { createRule, docsFor } from '../create-rule';

export type Options = [{ reportMessageIn4xx?: boolean }];
export type MessageIds =
  | 'stackInResponse'
  | 'errorObjectInResponse'
  | 'errorMessageInResponse'
  | 'errorhandlerInProduction'
  | 'debugModeEnabled'
  | 'useGenericMessage'
  | 'guardErrorhandler';

/** What a value carries while it is followed from the caught error towards a response. */
type ValueKind =
  /** The caught error object itself. */
  | 'error'
  /** A GraphQL error as `formatError` receives it: already client-safe unless its internals are read. */
  | 'graphql-error'
  | LeakKind;
type LeakKind = 'stack' | 'details' | 'message' | 'string';

interface Flow {
  kind: ValueKind;
  /** Where the value became a leak (`err.stack`, `String(err)`, `{ error: err }`): the reported node. */
  origin: TSESTree.Node | undefined;
  depth: number;
  /** The call site to continue from when the value is returned from a helper it was passed into. */
  returnsTo: { fn: FunctionNode; call: TSESTree.CallExpression } | undefined;
}

type Converter = 'string' | 'serialize';

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
/** Flags that mark an error as written for the client (http-errors' `expose`, the "operational error" pattern). */
const CLIENT_SAFE_FLAGS = new Set(['expose', 'isOperational', 'isPublic', 'isClientError']);
const MAX_DEPTH = 3;
const GENERIC_MESSAGE = "'Internal Server Error'";

const CONVERTERS: TraceMap<Converter> = {
  util: { inspect: { [CALL]: 'serialize' }, format: { [CALL]: 'serialize' } },
  'node:util': { inspect: { [CALL]: 'serialize' }, format: { [CALL]: 'serialize' } },
  'serialize-error': { serializeError: { [CALL]: 'serialize' } },
};
const GLOBAL_CONVERTERS: TraceMap<Converter> = {
  String: { [CALL]: 'string' },
  JSON: { stringify: { [CALL]: 'serialize' } },
};
const ERRORHANDLER: TraceMap<true> = { errorhandler: { [CALL]: true, default: { [CALL]: true } } };

export default createRule<Options, MessageIds>({
  name: 'no-stack-in-response',
  meta: {
    type: 'problem',
    docs: docsFor('no-stack-in-response'),
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          reportMessageIn4xx: {
            type: 'boolean',
            description:
              "Also report a caught error's `.message` in 4xx responses, where it is usually validation feedback. On in the strict config.",
          },
        },
      },
    ],
    messages: {
      stackInResponse:
        "`{{expression}}` sends the error's stack trace to the client, revealing file paths, dependencies and code structure. Log it server-side and send a generic message with a correlation id.",
      errorObjectInResponse:
        '`{{expression}}` sends the caught error object to the client, which can carry its stack, SQL, file paths or request headers. Log it server-side and send a generic message with a correlation id.',
      errorMessageInResponse:
        '`{{expression}}` sends an internal error message in a {{status}} response, which can reveal SQL, hostnames or file paths. Log it server-side and send a generic message with a correlation id.',
      errorhandlerInProduction:
        '`errorhandler()` renders full stack traces to the client and is not limited to development here. Register it only under `process.env.NODE_ENV === "development"`.',
      debugModeEnabled:
        '`{{setting}}` turns on debug mode, which sends stack traces and internal error details to every client. Enable it only in development, e.g. `{{fix}}`.',
      useGenericMessage: 'Send a generic message instead (log the error and return a correlation id).',
      guardErrorhandler: 'Register `errorhandler()` only in development.',
    },
  },
  defaultOptions: [{ reportMessageIn4xx: false }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const reportMessageIn4xx = options.reportMessageIn4xx === true;
    const errorSources: { declaring: TSESTree.CatchClause | FunctionNode; pattern: TSESTree.Node; kind: ValueKind }[] = [];
    const returnSinks = new Map<FunctionNode, ResponseSink['status']>();
    const connectionListeners: FunctionNode[] = [];
    const reported = new Set<TSESTree.Node>();
    let librarySinks = new Map<TSESTree.Node, LibrarySink>();
    let converters = new Map<TSESTree.Node, Converter>();
    let socketVariables = new Set<TSESLint.Scope.Variable>();

    return {
      CatchClause(node) {
        if (node.param) errorSources.push({ declaring: node, pattern: node.param, kind: 'error' });
      },
      CallExpression(node) {
        const handler = promiseRejectionHandler(node);
        if (handler?.params[0]) errorSources.push({ declaring: handler, pattern: handler.params[0], kind: 'error' });
        const listener = connectionListener(node);
        if (listener) connectionListeners.push(listener);
      },
      ':function'(node: FunctionNode) {
        const source = errorHandlerSource(sourceCode, node);
        if (!source || !node.params[0]) return;
        errorSources.push({ declaring: node, pattern: node.params[0], kind: 'error' });
        if (source === 'fastify-error-handler') returnSinks.set(node, 'unknown');
      },
      MethodDefinition(node) {
        if (isNestExceptionFilterMethod(node) && node.value.type === AST_NODE_TYPES.FunctionExpression && node.value.params[0]) {
          errorSources.push({ declaring: node.value, pattern: node.value.params[0], kind: 'error' });
        }
      },
      Property(node) {
        const formatter = graphqlFormatter(sourceCode, node);
        if (!formatter) return;
        returnSinks.set(formatter, 'none');
        const [formatted, raw] = formatter.params;
        if (formatted) errorSources.push({ declaring: formatter, pattern: formatted, kind: 'graphql-error' });
        if (raw) errorSources.push({ declaring: formatter, pattern: raw, kind: 'error' });
      },
      'Program:exit'() {
        librarySinks = findLibrarySinks(sourceCode);
        converters = new Map(
          [...findModuleReferences(sourceCode, CONVERTERS), ...findGlobalReferences(sourceCode, GLOBAL_CONVERTERS)].map((reference) => [
            reference.node,
            reference.info,
          ]),
        );
        socketVariables = new Set(connectionListeners.flatMap((listener) => socketVariableOf(listener)));
        for (const source of errorSources) {
          for (const binding of errorBindingReads(sourceCode, source.declaring, source.pattern)) {
            const start = startOf(binding, source.kind);
            if (start) trace(binding.read, { kind: start.kind, origin: start.origin, depth: 0, returnsTo: undefined });
          }
        }
        for (const reference of findModuleReferences(sourceCode, ERRORHANDLER)) checkErrorhandler(reference.node);
      },
    };

    function startOf(binding: ErrorBindingRead, kind: ValueKind): { kind: ValueKind; origin: TSESTree.Node | undefined } | undefined {
      if (binding.property === undefined) return { kind, origin: undefined };
      const next = memberKind(kind, binding.property);
      return next ? { kind: next, origin: binding.read } : undefined;
    }

    /** Follows a value up through the expressions that carry it, until it reaches a response or stops mattering. */
    function trace(start: TSESTree.Node, initial: Flow): void {
      let current = start;
      let flow = initial;
      for (;;) {
        const parent = current.parent;
        if (!parent) return;
        const step = stepInto(current, parent, flow);
        if (!step) return;
        current = step.node;
        flow = step.flow;
      }
    }

    function stepInto(child: TSESTree.Node, parent: TSESTree.Node, flow: Flow): { node: TSESTree.Node; flow: Flow } | undefined {
      const same = { node: parent, flow };
      switch (parent.type) {
        case AST_NODE_TYPES.TSAsExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.TSSatisfiesExpression:
        case AST_NODE_TYPES.TSTypeAssertion:
        case AST_NODE_TYPES.AwaitExpression:
        case AST_NODE_TYPES.ChainExpression:
          return same;
        case AST_NODE_TYPES.MemberExpression:
          return parent.object === child ? memberStep(parent, flow) : undefined;
        case AST_NODE_TYPES.ConditionalExpression:
          return parent.test === child || branchIsDevelopment(sourceCode, parent, child) ? undefined : same;
        case AST_NODE_TYPES.LogicalExpression:
          if (parent.operator === '&&' && parent.left === child) return undefined;
          return branchIsDevelopment(sourceCode, parent, child) ? undefined : same;
        case AST_NODE_TYPES.TemplateLiteral:
          return { node: parent, flow: leak(flow, 'string', child) };
        case AST_NODE_TYPES.BinaryExpression:
          return parent.operator === '+' ? { node: parent, flow: leak(flow, 'string', child) } : undefined;
        case AST_NODE_TYPES.Property:
          if (parent.value !== child || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
          return { node: parent.parent, flow: leak(flow, 'details', child) };
        case AST_NODE_TYPES.SpreadElement:
          return { node: parent, flow: leak(flow, 'details', child) };
        case AST_NODE_TYPES.ArrayExpression:
          return { node: parent, flow: leak(flow, 'details', child) };
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.NewExpression:
          return parent.callee === child ? undefined : callStep(parent, child, flow);
        case AST_NODE_TYPES.AssignmentExpression:
          if (parent.right === child) arriveAt(assignmentSink(sourceCode, parent), child, flow);
          return undefined;
        case AST_NODE_TYPES.VariableDeclarator:
          if (parent.init === child) followStored(child, flow);
          return undefined;
        case AST_NODE_TYPES.ReturnStatement:
          returned(parent, child, flow);
          return undefined;
        case AST_NODE_TYPES.ArrowFunctionExpression:
          if (parent.body === child) returnedFrom(parent, child, flow);
          return undefined;
        default:
          return undefined;
      }
    }

    /** `err.stack`, `err.message`, `err.config`, `err.cause`; text methods on a leak (`err.stack.split("\n")`). */
    function memberStep(member: TSESTree.MemberExpression, flow: Flow): { node: TSESTree.Node; flow: Flow } | undefined {
      const name = staticPropertyName(member, sourceCode.getScope(member));
      if (name === undefined) return undefined;
      const call = member.parent.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member ? member.parent : undefined;
      if (flow.kind === 'error' && name === 'toString' && call) return { node: call, flow: { ...flow, kind: 'string', origin: call } };
      if (flow.kind === 'error' && name === 'toJSON' && call) return { node: call, flow: { ...flow, kind: 'details', origin: call } };
      if (flow.kind === 'error' || flow.kind === 'graphql-error') {
        const next = memberKind(flow.kind, name);
        if (!next) return undefined;
        return { node: member, flow: { ...flow, kind: next, origin: next === 'error' || next === 'graphql-error' ? flow.origin : member } };
      }
      if (call) return TEXT_METHODS.has(name) ? { node: call, flow } : undefined;
      if (flow.kind !== 'details' || BENIGN_PROPERTIES.has(name)) return undefined;
      return { node: member, flow: STACK_PROPERTIES.has(name) ? { ...flow, kind: 'stack', origin: member } : flow };
    }

    function callStep(
      call: TSESTree.CallExpression | TSESTree.NewExpression,
      argument: TSESTree.Node,
      flow: Flow,
    ): { node: TSESTree.Node; flow: Flow } | undefined {
      const library = librarySinks.get(call);
      if (library) {
        arriveAt(librarySink(sourceCode, call, argument, library), argument, flow);
        return undefined;
      }
      if (call.type === AST_NODE_TYPES.NewExpression) return undefined;
      const converter = converters.get(call);
      if (converter) {
        if (call.arguments[0] !== argument) return undefined;
        return { node: call, flow: leak(flow, converter === 'string' ? 'string' : 'details', call) };
      }
      const sink = methodCallSink(sourceCode, call, argument) ?? socketSink(call, argument);
      if (sink) {
        arriveAt(sink, argument, flow);
        return undefined;
      }
      followIntoHelper(call, argument, flow);
      return undefined;
    }

    /** `sendError(res, err)`: the helper's reads of that parameter carry the same value, one call deep. */
    function followIntoHelper(call: TSESTree.CallExpression, argument: TSESTree.Node, flow: Flow): void {
      if (flow.depth >= MAX_DEPTH) return;
      const helper = followArgumentIntoLocalFunction(sourceCode, argument);
      if (!helper) return;
      for (const read of helper.reads) {
        trace(read, { ...flow, depth: flow.depth + 1, returnsTo: { fn: helper.fn, call } });
      }
    }

    /** `const body = { stack: err.stack }` or `const { stack } = err`: the later reads carry it. */
    function followStored(value: TSESTree.Node, flow: Flow): void {
      if (flow.depth >= MAX_DEPTH) return;
      const declarator = value.parent;
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator) return;
      const next = { ...flow, depth: flow.depth + 1 };
      if (declarator.id.type === AST_NODE_TYPES.Identifier) {
        for (const read of readsOfStoredValue(sourceCode, value)) trace(read, next);
        return;
      }
      if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || (flow.kind !== 'error' && flow.kind !== 'graphql-error')) return;
      for (const binding of errorBindingReads(sourceCode, declarator, declarator.id)) {
        if (binding.property === undefined) continue;
        const start = startOf(binding, flow.kind);
        if (start) trace(binding.read, { ...next, kind: start.kind, origin: start.origin });
      }
    }

    function returned(statement: TSESTree.ReturnStatement, value: TSESTree.Node, flow: Flow): void {
      const fn = enclosingFunction(statement);
      if (fn) returnedFrom(fn, value, flow);
    }

    function returnedFrom(fn: FunctionNode, value: TSESTree.Node, flow: Flow): void {
      const status = returnSinks.get(fn);
      if (status !== undefined) {
        arriveAt({ node: value, status }, value, flow);
        return;
      }
      if (flow.returnsTo?.fn === fn) trace(flow.returnsTo.call, { ...flow, returnsTo: undefined });
    }

    function arriveAt(sink: ResponseSink | undefined, value: TSESTree.Node, flow: Flow): void {
      if (!sink) return;
      const kind: ValueKind = flow.kind === 'error' ? 'details' : flow.kind;
      const origin = flow.origin ?? value;
      if (kind === 'graphql-error' || reported.has(origin)) return;
      if ((kind === 'message' || kind === 'string') && !messageIsReported(sink, origin)) return;
      if (isDevelopmentOnly(sourceCode, origin) || isDevelopmentOnly(sourceCode, sink.node)) return;
      reported.add(origin);
      const expression = sourceCode.getText(origin);
      context.report({
        node: origin,
        messageId: kind === 'stack' ? 'stackInResponse' : kind === 'details' ? 'errorObjectInResponse' : 'errorMessageInResponse',
        data: { expression: shorten(expression), status: statusLabel(sink.status) },
        suggest: [{ messageId: 'useGenericMessage', fix: (fixer) => genericMessageFix(fixer, origin) }],
      });
    }

    /** `.message` is validation feedback in a 4xx and an error written for the client when the code checks for one. */
    function messageIsReported(sink: ResponseSink, origin: TSESTree.Node): boolean {
      if (sink.status === 'none') return false;
      if (sink.status === '4xx' && !reportMessageIn4xx) return false;
      return !isClientSafeError(origin);
    }

    /** Inside `if (err instanceof ValidationError)`, `err.expose ? ... : ...` or `if (err.isOperational)`. */
    function isClientSafeError(node: TSESTree.Node): boolean {
      let child: TSESTree.Node = node;
      for (let parent = node.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
        if (
          (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) &&
          parent.consequent === child &&
          testsClientSafeError(parent.test)
        ) {
          return true;
        }
        if (
          parent.type === AST_NODE_TYPES.LogicalExpression &&
          parent.operator === '&&' &&
          parent.right === child &&
          testsClientSafeError(parent.left)
        ) {
          return true;
        }
      }
      return false;
    }

    function testsClientSafeError(test: TSESTree.Node): boolean {
      const node = unwrapExpression(test);
      if (node.type === AST_NODE_TYPES.LogicalExpression) {
        return node.operator === '&&'
          ? testsClientSafeError(node.left) || testsClientSafeError(node.right)
          : testsClientSafeError(node.left) && testsClientSafeError(node.right);
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

    /** `io.on("connection", (socket) => ...)`: the listener whose parameter is a connected client. */
    function connectionListener(call: TSESTree.CallExpression): FunctionNode | undefined {
      if (call.callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(call.callee) !== 'on') return undefined;
      const [event, listener] = call.arguments;
      if (!event || staticString(event, sourceCode.getScope(call)) !== 'connection') return undefined;
      return isFunctionNode(listener) && listener.params[0]?.type === AST_NODE_TYPES.Identifier ? listener : undefined;
    }

    function socketVariableOf(listener: FunctionNode): TSESLint.Scope.Variable[] {
      const parameter = listener.params[0];
      if (parameter?.type !== AST_NODE_TYPES.Identifier) return [];
      return sourceCode.getDeclaredVariables(listener).filter((variable) => variable.name === parameter.name);
    }

    /** `socket.emit(event, x)` and an acknowledgement callback `socket.on(event, (data, ack) => ack(x))`. */
    function socketSink(call: TSESTree.CallExpression, argument: TSESTree.Node): ResponseSink | undefined {
      if (socketVariables.size === 0) return undefined;
      const scope = sourceCode.getScope(call);
      if (call.callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(call.callee, scope) === 'emit') {
        const root = chainRoot(call.callee.object);
        const variable = root && ASTUtils.findVariable(scope, root);
        const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
        return variable && socketVariables.has(variable) && index >= 1 ? { node: call, status: 'none' } : undefined;
      }
      if (call.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
      const variable = ASTUtils.findVariable(scope, call.callee);
      const definition = variable?.defs[0];
      if (definition?.type !== TSESLint.Scope.DefinitionType.Parameter || !isFunctionNode(definition.node)) return undefined;
      const listener = definition.node;
      const last = listener.params[listener.params.length - 1];
      if (last?.type !== AST_NODE_TYPES.Identifier || last.name !== call.callee.name) return undefined;
      const subscription = listener.parent;
      if (subscription?.type !== AST_NODE_TYPES.CallExpression || subscription.callee.type !== AST_NODE_TYPES.MemberExpression)
        return undefined;
      if (staticPropertyName(subscription.callee) !== 'on' || subscription.arguments[1] !== listener) return undefined;
      const root = chainRoot(subscription.callee.object);
      const socket = root && ASTUtils.findVariable(sourceCode.getScope(subscription), root);
      return socket && socketVariables.has(socket) ? { node: call, status: 'none' } : undefined;
    }

    function checkErrorhandler(call: TSESTree.Node): void {
      if (isDevelopmentOnly(sourceCode, call)) return;
      const statement = call.parent?.type === AST_NODE_TYPES.CallExpression ? call.parent.parent : undefined;
      context.report({
        node: call,
        messageId: 'errorhandlerInProduction',
        suggest:
          statement?.type === AST_NODE_TYPES.ExpressionStatement
            ? [
                {
                  messageId: 'guardErrorhandler',
                  fix: (fixer) => fixer.insertTextBefore(statement, "if (process.env.NODE_ENV === 'development') "),
                },
              ]
            : [],
      });
    }

    function genericMessageFix(fixer: TSESLint.RuleFixer, origin: TSESTree.Node): TSESLint.RuleFix {
      const parent = origin.parent;
      if (parent?.type === AST_NODE_TYPES.Property && parent.shorthand) {
        return fixer.replaceText(parent, `${sourceCode.getText(parent.key)}: ${GENERIC_MESSAGE}`);
      }
      return fixer.replaceText(origin, GENERIC_MESSAGE);
    }
  },
});

/** The kind of `<error>.<name>`, or undefined when the property does not carry internals (`code`, `status`). */
function memberKind(kind: ValueKind, name: string): ValueKind | undefined {
  if (STACK_PROPERTIES.has(name)) return 'stack';
  if (kind === 'graphql-error') {
    if (name === 'originalError') return 'error';
    return name === 'extensions' || name === 'exception' ? 'graphql-error' : undefined;
  }
  if (name === 'message') return 'message';
  if (NESTED_ERROR_PROPERTIES.has(name)) return 'error';
  return INTERNAL_PROPERTIES.has(name) ? 'details' : undefined;
}

/** The value turns into a leak of `kind` at `node` (`String(err)`, `{ error: err }`), unless it already is one. */
function leak(flow: Flow, kind: LeakKind, node: TSESTree.Node): Flow {
  if (flow.kind === 'error') return { ...flow, kind, origin: node };
  return flow;
}

function statusLabel(status: ResponseSink['status']): string {
  if (status === 'unknown') return 'possibly 5xx';
  return status;
}

function shorten(text: string): string {
  const single = text.replace(/\s+/g, ' ');
  return single.length > 60 ? `${single.slice(0, 57)}...` : single;
}
