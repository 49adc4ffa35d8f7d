import { ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  BODY_METHODS,
  FASTIFY_REPLY,
  FETCH_INIT_MEMBERS,
  RESPONSE_ONLY_METHODS,
  STATUS_NAMES,
  STATUS_SETTERS,
  type LibraryResponse,
  type StatusClass,
} from '../libraries/errors';
import { errorHandlerOf, errorLibraryUses, globalLibraryEntry } from './error-values';
import { callSitesOf, enclosingFunction, isFunctionNode, parameterAt, readsOfParameter, type FunctionNode } from './local-functions';
import { isGlobalIdentifier } from './module-references';
import { AST_NODE_TYPES } from './node-types';
import { importOf, requestModel } from './request-model';
import { readOption, staticPropertyName, staticString, staticValue, unwrapExpression } from './static-values';
import { memberKey } from './value-flow';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

export type { StatusClass };

export interface ResponseSink {
  /** The call, construction, assignment or return that sends the value. */
  node: TSESTree.Node;
  status: StatusClass;
  /**
   * The receiver has a method every channel has (`send`) and nothing shows it is a server response: a whole error
   * sent through it may be a framework's error dispatch or a message to a worker, not a JSON body, and there is no
   * status (`none`).
   */
  unsureReceiver?: boolean;
}

/** The class of a status expression: `500`, a const, `HttpStatus.INTERNAL_SERVER_ERROR`; unknown for `err.status || 500`. */
export function statusClassOf(node: TSESTree.Node | undefined, scope: Scope): StatusClass {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return 'unknown';
  const value = staticValue(node, scope)?.value;
  let code = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : undefined;
  const unwrapped = unwrapExpression(node);
  if (code === undefined && unwrapped.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(unwrapped, scope)?.replace(/^HTTP_STATUS_/, '');
    code = name !== undefined && Object.hasOwn(STATUS_NAMES, name) ? STATUS_NAMES[name] : undefined;
  }
  return code === undefined ? 'unknown' : classOfCode(code);
}

export function classOfCode(code: number): StatusClass {
  // HTTP statuses are 100-599; anything else (NaN, 600, 1000) says nothing about the response.
  if (Number.isNaN(code) || code >= 600) return 'unknown';
  if (code >= 500) return '5xx';
  if (code >= 400) return '4xx';
  if (code >= 300) return '3xx';
  return code >= 200 ? '2xx' : 'unknown';
}

/** The identifier a method chain starts from: `res` in `res.status(500).set(h).json(x)`. */
export function chainRoot(node: TSESTree.Node): TSESTree.Identifier | undefined {
  let current = unwrapExpression(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.Identifier) return current;
    if (current.type === AST_NODE_TYPES.MemberExpression) current = unwrapExpression(current.object);
    else if (current.type === AST_NODE_TYPES.CallExpression) current = unwrapExpression(current.callee);
    else return undefined;
  }
}

/** The status set inside a chain: `500` in `res.status(500).json(x)` or `reply.code(500).send(x)`. */
function statusInChain(node: TSESTree.Node, scope: Scope): StatusClass | undefined {
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.MemberExpression || current.type === AST_NODE_TYPES.CallExpression) {
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = staticPropertyName(current.callee, scope);
      if (name !== undefined && STATUS_SETTERS.has(name)) return statusClassOf(current.arguments[0], scope);
      current = unwrapExpression(current.callee.object);
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      current = unwrapExpression(current.object);
    } else {
      current = unwrapExpression(current.callee);
    }
  }
  return undefined;
}

/**
 * The status an earlier statement of an enclosing block set on the same receiver:
 * `res.status(400);`, `res.statusCode = 400;`, `ctx.status = 400;`, `res.writeHead(400)`.
 */
function precedingStatus(sourceCode: SourceCode, receiver: string, sink: TSESTree.Node): StatusClass | undefined {
  let child: TSESTree.Node = sink;
  for (let parent = sink.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    const statements =
      parent.type === AST_NODE_TYPES.BlockStatement
        ? parent.body
        : parent.type === AST_NODE_TYPES.SwitchCase
          ? parent.consequent
          : undefined;
    if (!statements) continue;
    for (let index = statements.indexOf(child as TSESTree.Statement) - 1; index >= 0; index--) {
      const statement = statements[index];
      if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) continue;
      const status = statusSetBy(sourceCode, statement.expression, receiver);
      if (status) return status;
    }
  }
  return undefined;
}

function statusSetBy(sourceCode: SourceCode, expression: TSESTree.Expression, receiver: string): StatusClass | undefined {
  const scope = sourceCode.getScope(expression);
  if (expression.type === AST_NODE_TYPES.AssignmentExpression && expression.left.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(expression.left, scope);
    const root = chainRoot(expression.left.object);
    if (root?.name === receiver && (name === 'status' || name === 'statusCode')) return statusClassOf(expression.right, scope);
    return undefined;
  }
  if (expression.type === AST_NODE_TYPES.CallExpression && chainRoot(expression)?.name === receiver) {
    return statusInChain(expression, scope);
  }
  return undefined;
}

function parameterOf(identifier: TSESTree.Identifier, scope: Scope): { fn: FunctionNode; index: number } | undefined {
  const variable = ASTUtils.findVariable(scope, identifier);
  const definition = variable?.defs[0];
  if (definition?.type !== TSESLint.Scope.DefinitionType.Parameter || !isFunctionNode(definition.node)) return undefined;
  const fn = definition.node;
  const index = fn.params.findIndex((parameter) => {
    const name = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
    const bound = name.type === AST_NODE_TYPES.AssignmentPattern ? name.left : name;
    return bound.type === AST_NODE_TYPES.Identifier && bound.name === identifier.name;
  });
  return index < 0 ? undefined : { fn, index };
}

/** Nest's `host.switchToHttp().getResponse()` stored in a const. */
function isNestResponse(identifier: TSESTree.Identifier, scope: Scope): boolean {
  const variable = ASTUtils.findVariable(scope, identifier);
  const definition = variable?.defs[0];
  if (definition?.type !== TSESLint.Scope.DefinitionType.Variable || !definition.node.init) return false;
  let init = unwrapExpression(definition.node.init);
  if (init.type === AST_NODE_TYPES.AwaitExpression) init = unwrapExpression(init.argument);
  return (
    init.type === AST_NODE_TYPES.CallExpression &&
    init.callee.type === AST_NODE_TYPES.MemberExpression &&
    staticPropertyName(init.callee, scope) === 'getResponse'
  );
}

function hasResponseDecorator(fn: FunctionNode, index: number): boolean {
  const parameter = fn.params[index];
  return (parameter?.decorators ?? []).some((decorator) => {
    const expression = decorator.expression;
    const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
    return callee.type === AST_NODE_TYPES.Identifier && (callee.name === 'Res' || callee.name === 'Response');
  });
}

/**
 * Whether a handler parameter is in the response position: `(req, res)`, `(req, res, next)`,
 * `(err, req, res, next)` when it is Express error middleware (not `(err, request, reply, store)`), Fastify's
 * `setErrorHandler((error, request, reply) => ...)`, or Nest's `@Res()`.
 */
function isResponsePosition(sourceCode: SourceCode, fn: FunctionNode, index: number): boolean {
  const count = fn.params.length;
  if (hasResponseDecorator(fn, index)) return true;
  if (index === 1 && (count === 2 || count === 3)) return true;
  if (index !== 2) return false;
  if (count !== 4) return isSetErrorHandlerCallback(fn);
  const framework = errorHandlerOf(sourceCode, fn)?.framework;
  return framework === 'Express' || framework === 'typed';
}

function isSetErrorHandlerCallback(fn: FunctionNode): boolean {
  const call = fn.parent;
  return (
    call?.type === AST_NODE_TYPES.CallExpression &&
    call.arguments[0] === fn &&
    call.callee.type === AST_NODE_TYPES.MemberExpression &&
    staticPropertyName(call.callee) === 'setErrorHandler'
  );
}

/** Whether `root` is used somewhere in its function the way only a server response is (`writeHead`, `status`). */
function usedAsServerResponse(sourceCode: SourceCode, root: TSESTree.Identifier, scope: Scope): boolean {
  const variable = ASTUtils.findVariable(scope, root);
  return (variable?.references ?? []).some((reference) => {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) return false;
    const name = staticPropertyName(member, sourceCode.getScope(member));
    if (name === 'statusCode') return true;
    return name !== undefined && RESPONSE_ONLY_METHODS.has(name) && member.parent.type === AST_NODE_TYPES.CallExpression;
  });
}

/**
 * A response method call that sends `argument`: `res.json(x)`, `res.status(500).send(x)`,
 * `reply.code(500).send(x)`, `c.json(x, 500)`, `response.status(500).json(x)` in a Nest filter.
 * The receiver must be a function parameter (handlers receive their response) or Nest's `getResponse()`.
 */
export function methodCallSink(sourceCode: SourceCode, call: TSESTree.CallExpression, argument: TSESTree.Node): ResponseSink | undefined {
  if (call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const scope = sourceCode.getScope(call);
  const method = staticPropertyName(call.callee, scope);
  const spec = method !== undefined && Object.hasOwn(BODY_METHODS, method) ? BODY_METHODS[method] : undefined;
  if (!spec) return undefined;
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  if (index < spec.firstBody || (spec.statusArgument !== undefined && index >= spec.statusArgument)) return undefined;
  const root = chainRoot(call.callee.object);
  if (!root) return undefined;
  const nestResponse = isNestResponse(root, scope);
  const parameter = nestResponse ? undefined : parameterOf(root, scope);
  if (!nestResponse && !parameter) return undefined;
  const shaped =
    !parameter || isResponsePosition(sourceCode, parameter.fn, parameter.index) || usedAsServerResponse(sourceCode, root, scope);
  if (spec.needsResponseShape && !shaped) return undefined;
  const explicit =
    spec.statusArgument !== undefined && call.arguments[spec.statusArgument]
      ? statusClassOf(call.arguments[spec.statusArgument], scope)
      : statusInChain(call.callee.object, scope);
  const status = explicit ?? precedingStatus(sourceCode, root.name, call) ?? 'unknown';
  // `channel.send(x)` on something not known to be a server response may be a socket or a worker: no status.
  return spec.responseOnly || shaped ? { node: call, status } : { node: call, status: 'none', unsureReceiver: true };
}

/** Koa's `ctx.body = x` / `ctx.response.body = x`, and Express view locals `res.locals.error = x`. */
export function assignmentSink(sourceCode: SourceCode, assignment: TSESTree.AssignmentExpression): ResponseSink | undefined {
  if (assignment.operator !== '=' || assignment.left.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const scope = sourceCode.getScope(assignment);
  const target = assignment.left;
  const property = staticPropertyName(target, scope);
  const object = unwrapExpression(target.object);
  const root = chainRoot(object);
  if (!root || !parameterOf(root, scope)) return undefined;
  const parentName = object.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(object, scope) : undefined;
  const koaBody =
    property === 'body' &&
    (object === root ||
      (parentName === 'response' && unwrapExpression(object.type === AST_NODE_TYPES.MemberExpression ? object.object : object) === root));
  if (koaBody) {
    const parameter = parameterOf(root, scope);
    if (!parameter || parameter.index !== 0 || parameter.fn.params.length > 2) return undefined;
    return { node: assignment, status: precedingStatus(sourceCode, root.name, assignment) ?? 'unknown' };
  }
  if (parentName === 'locals' && object.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(object.object) === root) {
    const parameter = parameterOf(root, scope);
    if (!parameter || !isResponsePosition(sourceCode, parameter.fn, parameter.index)) return undefined;
    // Whether a view renders a local is out of sight, so only what leaks whatever the status (stacks, objects) counts.
    return { node: assignment, status: 'none' };
  }
  return undefined;
}

/** The response a call or construction builds: `new Response`, `NextResponse.json`, `new HttpException`, Nest's exceptions, Hono's `HTTPException`. */
export function libraryResponseOf(sourceCode: SourceCode, node: TSESTree.Node): LibraryResponse | undefined {
  const imported = errorLibraryUses(sourceCode).responses.get(node);
  if (imported) return imported;
  const entry = globalLibraryEntry(sourceCode, node);
  return entry?.role === 'response' ? entry.response : undefined;
}

/** The expression a library-built response sends as its body: an argument, or an option of one. */
export function libraryBody(sourceCode: SourceCode, call: TSESTree.Node, response: LibraryResponse): TSESTree.Node | undefined {
  if (call.type !== AST_NODE_TYPES.CallExpression && call.type !== AST_NODE_TYPES.NewExpression) return undefined;
  return argumentOrOption(sourceCode, call, response.body);
}

/** The sink a library call or construction makes of `argument`, when `argument` is its body. */
export function librarySink(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  argument: TSESTree.Node,
  response: LibraryResponse,
): ResponseSink | undefined {
  if (libraryBody(sourceCode, call, response) !== argument) return undefined;
  if (isFetchImplementationResult(sourceCode, call)) return undefined;
  if ('fixed' in response.status) return { node: call, status: classOfCode(response.status.fixed) };
  const status = argumentOrOption(sourceCode, call, response.status);
  return { node: call, status: status ? statusClassOf(status, sourceCode.getScope(call)) : 'unknown' };
}

/**
 * A response a fetch implementation returns (a mock or a wrapper of fetch): it goes back to the code that called
 * fetch, not to an HTTP client. Built in the implementation itself, or in a helper of this file whose every call the
 * implementation returns (`return jsonRpcError(id, err.message)`).
 */
function isFetchImplementationResult(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  const fn = returningFunction(sourceCode, node);
  if (!fn) return false;
  if (isFetchImplementation(sourceCode, fn)) return true;
  const calls = callSitesOf(sourceCode, fn);
  return (
    calls.length > 0 &&
    calls.every((call) => {
      const caller = returningFunction(sourceCode, call);
      return caller !== undefined && isFetchImplementation(sourceCode, caller);
    })
  );
}

/**
 * The API Gateway proxy result a Lambda or Netlify handler answers with, `{ statusCode, body }`: its `body` is what the
 * client gets, with the status of `statusCode`. Returned by the handler, or built by a helper of this file that a
 * handler returns (`return respond(500, message)`), whose parameters then take what each call passes.
 */
export function proxyResultSink(
  sourceCode: SourceCode,
  object: TSESTree.ObjectExpression,
): { body: TSESTree.Node; sink: ResponseSink } | undefined {
  const body = ownProperty(sourceCode, object, 'body');
  if (!body || !answersLambdaHandler(sourceCode, object)) return undefined;
  return {
    body,
    sink: { node: object, status: statusClassOf(ownProperty(sourceCode, object, 'statusCode'), sourceCode.getScope(object)) },
  };
}

/** A property of the result object, through spreads of objects this file builds (the shared option reader). */
function ownProperty(sourceCode: SourceCode, object: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined {
  const lookup = readOption(object, [name], sourceCode.getScope(object));
  return lookup.kind === 'present' ? lookup.value : undefined;
}

function answersLambdaHandler(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  const fn = returningFunction(sourceCode, node);
  if (!fn) return false;
  if (isLambdaHandler(sourceCode, fn)) return true;
  return callSitesOf(sourceCode, fn).some((call) => {
    const caller = returningFunction(sourceCode, call);
    return caller !== undefined && isLambdaHandler(sourceCode, caller);
  });
}

function isLambdaHandler(sourceCode: SourceCode, fn: FunctionNode): boolean {
  const value = requestModel(sourceCode).parameter(fn, 0);
  return value?.kind === 'request' && value.api === 'lambda';
}

/** The function whose return value `node` is: `return x` or an arrow's body, through `await`, `?:`, `||` and `Promise.resolve(x)`. */
function returningFunction(sourceCode: SourceCode, node: TSESTree.Node): FunctionNode | undefined {
  let current = node;
  for (let parent = node.parent; parent; current = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.ReturnStatement) return enclosingFunction(parent);
    if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression) return parent.body === current ? parent : undefined;
    const passesThrough =
      parent.type === AST_NODE_TYPES.AwaitExpression ||
      parent.type === AST_NODE_TYPES.LogicalExpression ||
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current) ||
      (parent.type === AST_NODE_TYPES.CallExpression &&
        parent.arguments[0] === current &&
        parent.callee.type === AST_NODE_TYPES.MemberExpression &&
        memberKey(parent.callee) === 'resolve' &&
        isGlobalIdentifier(sourceCode, parent.callee.object, 'Promise'));
    if (!passesThrough) return undefined;
  }
  return undefined;
}

/** `(input, init) => ...` reading `init.method` or `init?.body`, `(input, { method, body })`, `(input, init?: RequestInit)`: fetch's own signature. */
function isFetchImplementation(sourceCode: SourceCode, fn: FunctionNode): boolean {
  const second = fn.params[1];
  const pattern = second?.type === AST_NODE_TYPES.AssignmentPattern ? second.left : second;
  if (pattern?.type === AST_NODE_TYPES.ObjectPattern) {
    return pattern.properties.some(
      (property) => property.type === AST_NODE_TYPES.Property && FETCH_INIT_MEMBERS.has(staticPropertyName(property) ?? ''),
    );
  }
  const init = parameterAt(fn, 1);
  if (!init) return false;
  const annotation = init.typeAnnotation?.typeAnnotation;
  if (annotation?.type === AST_NODE_TYPES.TSTypeReference && isGlobalIdentifier(sourceCode, annotation.typeName, 'RequestInit'))
    return true;
  return readsOfParameter(sourceCode, fn, init).some((read) => {
    const member = read.parent;
    return member?.type === AST_NODE_TYPES.MemberExpression && member.object === read && FETCH_INIT_MEMBERS.has(memberKey(member) ?? '');
  });
}

function argumentOrOption(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  at: { argument: number; option?: readonly string[] },
): TSESTree.Node | undefined {
  const argument = call.arguments[at.argument];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (!at.option) return argument;
  const lookup = readOption(argument, at.option, sourceCode.getScope(call));
  return lookup.kind === 'present' ? lookup.value : undefined;
}

/**
 * Socket.IO: `socket.emit(event, x)` and an acknowledgement callback `socket.on(event, (data, ack) => ack(x))`,
 * where `socket` is the parameter of an `io.on("connection", (socket) => ...)` listener.
 */
export function socketSink(sourceCode: SourceCode, call: TSESTree.CallExpression, argument: TSESTree.Node): ResponseSink | undefined {
  const scope = sourceCode.getScope(call);
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    if (staticPropertyName(callee, scope) !== 'emit' || call.arguments.indexOf(argument as TSESTree.CallExpressionArgument) < 1)
      return undefined;
    const root = chainRoot(callee.object);
    return root && isConnectedSocket(sourceCode, root) ? { node: call, status: 'none' } : undefined;
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const parameter = parameterOf(callee, scope);
  const listener = parameter?.fn;
  if (!listener || parameter.index === 0 || parameter.index !== listener.params.length - 1) return undefined;
  const subscription = listener.parent;
  if (subscription?.type !== AST_NODE_TYPES.CallExpression || subscription.arguments[1] !== listener) return undefined;
  const subscriber = unwrapExpression(subscription.callee);
  if (subscriber.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(subscriber) !== 'on') return undefined;
  const root = chainRoot(subscriber.object);
  return root && isConnectedSocket(sourceCode, root) ? { node: call, status: 'none' } : undefined;
}

function isConnectedSocket(sourceCode: SourceCode, root: TSESTree.Identifier): boolean {
  const parameter = parameterOf(root, sourceCode.getScope(root));
  if (!parameter || parameter.index !== 0) return false;
  const subscription = parameter.fn.parent;
  if (subscription?.type !== AST_NODE_TYPES.CallExpression || subscription.arguments[1] !== parameter.fn) return false;
  const callee = unwrapExpression(subscription.callee);
  const event = subscription.arguments[0];
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    staticPropertyName(callee) === 'on' &&
    event !== undefined &&
    staticString(event, sourceCode.getScope(subscription)) === 'connection'
  );
}

/**
 * Whether a call hands a whole error to the framework's error pipeline instead of sending it as a body: Fastify's
 * `reply.send(err)` runs the error handler, whose default serializer sends `statusCode`, `error` and `message`. The
 * receiver is a Fastify reply when it is typed `FastifyReply`, is the third parameter of a `setErrorHandler`
 * callback, or is used with a member only a Fastify reply has (`reply.code()`, `reply.sent`, `reply.raw`).
 */
export function isErrorDispatch(sourceCode: SourceCode, call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !FASTIFY_REPLY.dispatchMethods.has(memberKey(callee) ?? '')) return false;
  const root = chainRoot(callee.object);
  const parameter = root ? parameterOf(root, sourceCode.getScope(root)) : undefined;
  if (!root || !parameter) return false;
  if (isTypedFastifyReply(sourceCode, parameter.fn.params[parameter.index])) return true;
  if (parameter.index === 2 && errorHandlerOf(sourceCode, parameter.fn)?.framework === 'Fastify') return true;
  const variable = ASTUtils.findVariable(sourceCode.getScope(root), root);
  return (variable?.references ?? []).some((reference) => {
    const member = reference.identifier.parent;
    return (
      member?.type === AST_NODE_TYPES.MemberExpression &&
      member.object === reference.identifier &&
      FASTIFY_REPLY.members.has(memberKey(member) ?? '')
    );
  });
}

function isTypedFastifyReply(sourceCode: SourceCode, parameter: TSESTree.Parameter | undefined): boolean {
  const bound = parameter?.type === AST_NODE_TYPES.AssignmentPattern ? parameter.left : parameter;
  const annotation = bound?.type === AST_NODE_TYPES.Identifier ? bound.typeAnnotation?.typeAnnotation : undefined;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference || annotation.typeName.type !== AST_NODE_TYPES.Identifier) return false;
  const imported = importOf(sourceCode, annotation.typeName);
  return imported !== undefined && FASTIFY_REPLY.types[imported.module]?.has(imported.name) === true;
}
