import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { isDevelopmentOnly } from '../analysis/development-guards';
import {
  errorFlow,
  errorHandlerOf,
  errorLibraryUses,
  isLeak,
  isNestExceptionFilterMethod,
  isPatternNode,
  mayConfigureErrorOutput,
  messageGuard,
  promiseRejectionHandler,
  type DebugUse,
  type ErrorPart,
  type ErrorValue,
} from '../analysis/error-values';
import { functionValue, isFunctionNode, returnedExpressions, type FunctionNode } from '../analysis/local-functions';
import { AST_NODE_TYPES } from '../analysis/node-types';
import {
  assignmentSink,
  isErrorDispatch,
  libraryBody,
  libraryResponseOf,
  librarySink,
  methodCallSink,
  proxyResultSink,
  socketSink,
  type ResponseSink,
  type StatusClass,
} from '../analysis/response-sinks';
import { moduleRuntime } from '../analysis/runtime';
import { staticPropertyName, unwrapExpression } from '../analysis/static-values';
import { memberKey, type ValueFlow } from '../analysis/value-flow';
import { createRule, docsFor } from '../create-rule';
import { BODY_METHODS, ERROR_HANDLER_METHODS, GLOBAL_ERROR_HANDLER_FACTORIES, type LibraryResponse } from '../libraries/errors';

export type Options = [{ reportMessageIn4xx?: boolean }];
export type MessageIds =
  | 'stackInResponse'
  | 'errorObjectInResponse'
  | 'errorMessageInResponse'
  | 'errorhandlerInProduction'
  | 'debugModeEnabled'
  | 'useGenericMessage'
  | 'guardErrorhandler'
  | 'enableInDevelopmentOnly';

interface CheckContext {
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>;
  sourceCode: Readonly<TSESLint.SourceCode>;
  reportMessageIn4xx: boolean;
  /** Leaks already reported, by the node reported: one leak reaching several responses is reported once. */
  reported: Set<TSESTree.Node>;
}

/** What the listeners collect on the way through a file, for `Program:exit`. */
interface FileState {
  /** Calls and constructions that may send a body: response methods, library responses, `socket.emit`. */
  calls: (TSESTree.CallExpression | TSESTree.NewExpression)[];
  /** `x.on(event, (data, ack) => ...)`: the acknowledgement callbacks of Socket.IO listeners. */
  subscriptions: TSESTree.CallExpression[];
  /** An `x.on("connection", ...)` listener: without one, no socket is a client's. */
  hasSockets: boolean;
  /** `ctx.body = x`, `res.locals.error = x`. */
  assignments: TSESTree.AssignmentExpression[];
  /** Error handlers whose return value the framework sends (Fastify's `setErrorHandler`). */
  bodyReturning: FunctionNode[];
  /** A catch clause, a rejection handler or an error handler: without one, no response in the file carries an error. */
  mayHoldErrors: boolean;
  /** Objects with a `statusCode`: a Lambda handler's proxy result when a handler returns them. */
  statusObjects: TSESTree.ObjectExpression[];
}

const GENERIC_MESSAGE = "'Internal Server Error'";

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
        '`{{call}}` renders full stack traces to the client and is not limited to development here. Register it only under `process.env.NODE_ENV === "development"`.',
      debugModeEnabled:
        '`{{setting}}` turns on debug mode, which sends stack traces and internal error details to every client. Enable it only in development, e.g. `{{fix}}`.',
      useGenericMessage: 'Send a generic message instead (log the error and return a correlation id).',
      guardErrorhandler: 'Register `{{call}}` only in development.',
      enableInDevelopmentOnly: 'Use `{{fix}}`.',
    },
  },
  defaultOptions: [{ reportMessageIn4xx: false }],
  create(context, [options]) {
    const check: CheckContext = {
      context,
      sourceCode: context.sourceCode,
      reportMessageIn4xx: options.reportMessageIn4xx === true,
      reported: new Set(),
    };
    const file: FileState = {
      calls: [],
      subscriptions: [],
      hasSockets: false,
      assignments: [],
      bodyReturning: [],
      mayHoldErrors: false,
      statusObjects: [],
    };
    return {
      CatchClause() {
        file.mayHoldErrors = true;
      },
      [COLLECTED_CALL_SELECTOR](node: TSESTree.CallExpression) {
        collectCall(check, file, node);
      },
      'NewExpression[arguments.length>0]'(node: TSESTree.NewExpression) {
        file.calls.push(node);
      },
      [BODY_ASSIGNMENT_SELECTOR](node: TSESTree.AssignmentExpression) {
        if (isBodyAssignment(node)) file.assignments.push(node);
      },
      // Cheap signs of an error handler (Express's four parameters, a typed handler); the flow asks the rest lazily.
      ':function[params.length=4], VariableDeclarator[id.typeAnnotation] > :function'() {
        file.mayHoldErrors = true;
      },
      'ObjectExpression > Property[key.name="statusCode"]'(node: TSESTree.Property) {
        file.statusObjects.push(node.parent as TSESTree.ObjectExpression);
      },
      'MethodDefinition[key.name="catch"]'(node: TSESTree.MethodDefinition) {
        if (isNestExceptionFilterMethod(node)) file.mayHoldErrors = true;
      },
      'Program:exit'() {
        checkFile(check, file);
      },
    };
  },
});

const nameAlternatives = (names: Iterable<string>) => `/^(?:${[...names].map((name) => name.replace(/[$.]/g, '\\$&')).join('|')})$/`;

/** The calls {@link collectCall} looks at, so that its listener does not run on every call of a file. */
const COLLECTED_CALL_SELECTOR = [
  `CallExpression[arguments.length>0][callee.type="Identifier"][callee.name=${nameAlternatives(GLOBAL_ERROR_HANDLER_FACTORIES)}]`,
  'CallExpression[arguments.length>0][callee.type="MemberExpression"][callee.computed=true]',
  `CallExpression[arguments.length>0][callee.type="MemberExpression"][callee.property.name=${nameAlternatives([
    ...Object.keys(BODY_METHODS),
    ...Object.keys(ERROR_HANDLER_METHODS),
    'emit',
    'catch',
    'then',
    'on',
  ])}]`,
].join(', ');

function collectCall(check: CheckContext, file: FileState, call: TSESTree.CallExpression): void {
  const callee = call.callee;
  if (call.arguments.length === 0) return;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (GLOBAL_ERROR_HANDLER_FACTORIES.has(callee.name)) file.mayHoldErrors = true;
    return;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
  const property = callee.property;
  const name = !callee.computed && property.type === AST_NODE_TYPES.Identifier ? property.name : staticPropertyName(callee);
  if (name === undefined) return;
  if (Object.hasOwn(BODY_METHODS, name) || name === 'emit') {
    file.calls.push(call);
  } else if (name === 'catch' || name === 'then') {
    if (promiseRejectionHandler(call)) file.mayHoldErrors = true;
  } else if (name === 'on') {
    const first = call.arguments[0];
    if (first?.type === AST_NODE_TYPES.Literal && first.value === 'connection') file.hasSockets = true;
    if (isFunctionNode(call.arguments[1])) file.subscriptions.push(call);
  } else if (Object.hasOwn(ERROR_HANDLER_METHODS, name)) {
    file.mayHoldErrors = true;
    const fn = ERROR_HANDLER_METHODS[name]?.returnsBody ? functionValue(check.sourceCode, call.arguments[0]) : undefined;
    if (fn && errorHandlerOf(check.sourceCode, fn)?.returnsBody) file.bodyReturning.push(fn);
  }
}

/** The assignments {@link isBodyAssignment} looks at: to a `body` member, or to a member of a `locals` member. */
const BODY_ASSIGNMENT_SELECTOR = [
  'AssignmentExpression[operator="="][left.type="MemberExpression"][left.property.name="body"]',
  'AssignmentExpression[operator="="][left.type="MemberExpression"][left.property.value="body"]',
  'AssignmentExpression[operator="="][left.type="MemberExpression"][left.object.type="MemberExpression"][left.object.property.name="locals"]',
  'AssignmentExpression[operator="="][left.type="MemberExpression"][left.object.type="MemberExpression"][left.object.property.value="locals"]',
  // `` x[`body`] = ``: rare, and left to isBodyAssignment.
  'AssignmentExpression[operator="="][left.type="MemberExpression"][left.property.type="TemplateLiteral"]',
  'AssignmentExpression[operator="="][left.type="MemberExpression"][left.object.type="MemberExpression"][left.object.property.type="TemplateLiteral"]',
].join(', ');

/** Koa's `ctx.body = x` and Express's `res.locals.x = x`: the only assignments that can send a value. */
function isBodyAssignment(assignment: TSESTree.AssignmentExpression): boolean {
  const target = assignment.left;
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (memberKey(target) === 'body') return true;
  return target.object.type === AST_NODE_TYPES.MemberExpression && memberKey(target.object) === 'locals';
}

function checkFile(check: CheckContext, file: FileState): void {
  // Nothing holds an error here and nothing sets up a server's error output: tracing library uses would find nothing.
  if (!file.mayHoldErrors && !mayConfigureErrorOutput(check.sourceCode)) return;
  const uses = errorLibraryUses(check.sourceCode);
  for (const use of uses.debugSettings) reportDebugSetting(check, use);
  for (const use of uses.leakyDefaults) reportLeakyDefault(check, use.call);
  if (!file.mayHoldErrors && uses.formatters.size === 0) return;
  const flow = errorFlow(check.sourceCode);
  for (const call of file.calls) {
    const response = libraryResponseOf(check.sourceCode, call);
    if (response) checkLibraryResponse(check, flow, call, response);
    else if (call.type === AST_NODE_TYPES.CallExpression) checkCall(check, flow, call, file.hasSockets);
  }
  if (file.hasSockets) for (const subscription of file.subscriptions) checkAcknowledgements(check, flow, subscription);
  for (const assignment of file.assignments) {
    const sink = assignmentSink(check.sourceCode, assignment);
    if (sink) reportValue(check, flow.valueOf(assignment.right), sink, assignment.right, false);
  }
  for (const object of file.statusObjects) {
    const result = proxyResultSink(check.sourceCode, object);
    if (result) reportValue(check, flow.valueOf(result.body), result.sink, result.body, false);
  }
  for (const fn of file.bodyReturning) checkReturns(check, flow, fn, 'unknown');
  for (const [fn, use] of uses.formatters) checkReturns(check, flow, fn, use.formatter.status);
}

/** `socket.on(event, (data, ack) => ack(x))`: the calls of the listener's last parameter. */
function checkAcknowledgements(check: CheckContext, flow: ValueFlow<ErrorValue>, subscription: TSESTree.CallExpression): void {
  const listener = subscription.arguments[1];
  if (!isFunctionNode(listener) || listener.params.length < 2) return;
  const acknowledge = listener.params[listener.params.length - 1];
  if (acknowledge?.type !== AST_NODE_TYPES.Identifier) return;
  const variable = check.sourceCode.getDeclaredVariables(listener).find((candidate) => candidate.name === acknowledge.name);
  for (const reference of variable?.references ?? []) {
    const call = reference.identifier.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === reference.identifier) checkCall(check, flow, call, true);
  }
}

/** `res.status(500).json(x)`, `c.text(x, 500)`, `socket.emit(event, x)`, `ack(x)`. */
function checkCall(check: CheckContext, flow: ValueFlow<ErrorValue>, call: TSESTree.CallExpression, sockets: boolean): void {
  const { sourceCode } = check;
  const callee = unwrapExpression(call.callee);
  const name = callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : undefined;
  const spec = name !== undefined && Object.hasOwn(BODY_METHODS, name) ? BODY_METHODS[name] : undefined;
  call.arguments.forEach((argument, index) => {
    if (argument.type === AST_NODE_TYPES.SpreadElement) return;
    const isBody = spec !== undefined && index >= spec.firstBody && (spec.statusArgument === undefined || index < spec.statusArgument);
    const sink =
      (isBody ? methodCallSink(sourceCode, call, argument) : undefined) ?? (sockets ? socketSink(sourceCode, call, argument) : undefined);
    if (sink) reportValue(check, flow.valueOf(argument), sink, argument, sink.unsureReceiver === true || isErrorDispatch(sourceCode, call));
  });
}

/** `new Response(x, { status: 500 })`, `NextResponse.json(x)`, `new HttpException(x, 500)`, `new HTTPException(500, { message: x })`. */
function checkLibraryResponse(
  check: CheckContext,
  flow: ValueFlow<ErrorValue>,
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  response: LibraryResponse,
): void {
  const body = libraryBody(check.sourceCode, node, response);
  const sink = body ? librarySink(check.sourceCode, node, body, response) : undefined;
  if (body && sink) reportValue(check, flow.valueOf(body), sink, body, false);
}

/** What a formatter or a Fastify error handler returns is what the client gets. */
function checkReturns(check: CheckContext, flow: ValueFlow<ErrorValue>, fn: FunctionNode, status: StatusClass): void {
  for (const returned of returnedExpressions(fn, { nested: true })) {
    reportValue(check, flow.valueOf(returned), { node: returned, status }, returned, false);
  }
}

/**
 * Reports each leak a sent value holds. `dispatch` is a whole error handed to the framework's error pipeline
 * (Fastify's `reply.send(err)`, whose handler sends what it chooses) or sent through a `send` of something not known
 * to be a server response: only what the code derived from the error counts there.
 */
function reportValue(
  check: CheckContext,
  value: ErrorValue | undefined,
  sink: ResponseSink,
  argument: TSESTree.Node,
  dispatch: boolean,
): void {
  for (const part of value ?? []) {
    if (part.kind === 'error' ? dispatch : !isLeak(part.kind)) continue;
    const origin = part.origin && !isPatternNode(part.origin) ? part.origin : argument;
    if (check.reported.has(origin)) continue;
    const status = messageStatus(check, part, sink, origin);
    if (status === undefined) continue;
    if (isDevelopmentOnly(check.sourceCode, origin) || isDevelopmentOnly(check.sourceCode, sink.node)) continue;
    // Browser code and workers answer no HTTP client (a service worker's `Response` goes to its own page); asked
    // only once there is something to report, as it reads the whole file.
    if (moduleRuntime(check.sourceCode) === 'browser') return;
    check.reported.add(origin);
    const kind = part.kind === 'error' ? 'details' : part.kind;
    check.context.report({
      node: origin,
      messageId: kind === 'stack' ? 'stackInResponse' : kind === 'details' ? 'errorObjectInResponse' : 'errorMessageInResponse',
      data: { expression: shorten(check.sourceCode.getText(origin)), status: status === 'unknown' ? 'possibly 5xx' : status },
      suggest: [{ messageId: 'useGenericMessage', fix: (fixer) => genericMessageFix(check.sourceCode, fixer, origin) }],
    });
  }
}

/**
 * The status a leak is reported with, or undefined when it is not reported: a message or string form is
 * validation feedback in a 4xx response (unless `reportMessageIn4xx`), written for clients when the code checked for
 * such an error (`err.expose`, `instanceof ValidationError`), and not reported where there is no status (GraphQL,
 * sockets). Stacks and error objects are reported whatever the status.
 */
function messageStatus(check: CheckContext, part: ErrorPart, sink: ResponseSink, origin: TSESTree.Node): StatusClass | undefined {
  if (part.kind !== 'message' && part.kind !== 'string') return sink.status;
  if (sink.status === 'none') return undefined;
  const guard = messageGuard(check.sourceCode, origin) ?? messageGuard(check.sourceCode, sink.node);
  if (guard === 'client-safe') return undefined;
  const status = part.belowServerError || guard === 'below-500' ? '4xx' : sink.status;
  return status === '4xx' && !check.reportMessageIn4xx ? undefined : status;
}

/**
 * `debug: true` on Apollo Server 2/3, `includeStacktraceInErrorResponses: true`, Yoga's `maskedErrors: false`. With a
 * formatter beside it, the formatter decides: reported when it passes the formatted error or its extensions through.
 */
function reportDebugSetting(check: CheckContext, use: DebugUse): void {
  if (isDevelopmentOnly(check.sourceCode, use.property)) return;
  if (check.reported.has(use.value)) return;
  if (use.formatters.length > 0 && !use.formatters.some((fn) => passesFormattedErrorThrough(check, fn))) return;
  check.reported.add(use.value);
  const key = use.setting.path[use.setting.path.length - 1] ?? '';
  const fix = `${key}: ${use.setting.fix}`;
  check.context.report({
    node: use.value,
    messageId: 'debugModeEnabled',
    data: { setting: `${key}: ${String(use.setting.on)}`, fix },
    suggest: [
      {
        messageId: 'enableInDevelopmentOnly',
        data: { fix },
        fix: (fixer) => (use.property.shorthand ? fixer.replaceText(use.property, fix) : fixer.replaceText(use.value, use.setting.fix)),
      },
    ],
  });
}

function passesFormattedErrorThrough(check: CheckContext, fn: FunctionNode): boolean {
  const flow = errorFlow(check.sourceCode);
  return returnedExpressions(fn, { nested: true }).some((returned) =>
    (flow.valueOf(returned) ?? []).some((part) => part.kind === 'graphql-error' || part.kind === 'graphql-extensions'),
  );
}

/** `app.use(errorhandler())`, `app.use(error())` from koa-json-error: stack traces in every environment. */
function reportLeakyDefault(check: CheckContext, call: TSESTree.CallExpression | TSESTree.NewExpression): void {
  if (isDevelopmentOnly(check.sourceCode, call)) return;
  const name = `${check.sourceCode.getText(call.callee)}()`;
  const registration = call.parent;
  const statement = registration?.type === AST_NODE_TYPES.CallExpression ? registration.parent : undefined;
  check.context.report({
    node: call,
    messageId: 'errorhandlerInProduction',
    data: { call: name },
    suggest:
      statement?.type === AST_NODE_TYPES.ExpressionStatement
        ? [
            {
              messageId: 'guardErrorhandler',
              data: { call: name },
              fix: (fixer) => fixer.insertTextBefore(statement, "if (process.env.NODE_ENV === 'development') "),
            },
          ]
        : [],
  });
}

function genericMessageFix(sourceCode: Readonly<TSESLint.SourceCode>, fixer: TSESLint.RuleFixer, origin: TSESTree.Node): TSESLint.RuleFix {
  const parent = origin.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.shorthand) {
    return fixer.replaceText(parent, `${sourceCode.getText(parent.key)}: ${GENERIC_MESSAGE}`);
  }
  if (origin.type === AST_NODE_TYPES.SpreadElement) return fixer.replaceText(origin, `message: ${GENERIC_MESSAGE}`);
  return fixer.replaceText(origin, GENERIC_MESSAGE);
}

function shorten(text: string): string {
  const single = text.replace(/\s+/g, ' ');
  return single.length > 60 ? `${single.slice(0, 57)}...` : single;
}
