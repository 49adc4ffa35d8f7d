import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, type FunctionNode } from './local-functions';
import { CALL, CONSTRUCT, findGlobalReferences, findModuleReferences, type TraceMap } from './module-references';
import { readOption, staticPropertyName, staticValue, unwrapExpression } from './static-values';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** The status class a response is sent with; `none` where the channel has no HTTP status (sockets, GraphQL). */
export type StatusClass = '2xx' | '3xx' | '4xx' | '5xx' | 'unknown' | 'none';

export interface ResponseSink {
  /** The call, construction, assignment or return that sends the value. */
  node: TSESTree.Node;
  status: StatusClass;
}

// Names shared by Nest's `HttpStatus`, http-status-codes' `StatusCodes` and Node's `HTTP_STATUS_*` constants.
const STATUS_NAMES: Record<string, number> = {
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

/** The class of a status expression: `500`, a const, `HttpStatus.INTERNAL_SERVER_ERROR`; unknown for `err.status || 500`. */
export function statusClassOf(node: TSESTree.Node | undefined, scope: Scope): StatusClass {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return 'unknown';
  const value = staticValue(node, scope)?.value;
  let code = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : undefined;
  const unwrapped = unwrapExpression(node);
  if (code === undefined && unwrapped.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(unwrapped, scope)?.replace(/^HTTP_STATUS_/, '');
    code = name === undefined ? undefined : STATUS_NAMES[name];
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

/** Methods that send a body on Express/Node/Fastify responses and Hono contexts, with where the body goes. */
const BODY_METHODS: Record<string, { firstBody: number; statusArgument?: number; needsResponseShape: boolean }> = {
  json: { firstBody: 0, statusArgument: 1, needsResponseShape: false },
  jsonp: { firstBody: 0, needsResponseShape: false },
  send: { firstBody: 0, needsResponseShape: false },
  render: { firstBody: 1, needsResponseShape: false },
  text: { firstBody: 0, statusArgument: 1, needsResponseShape: false },
  html: { firstBody: 0, statusArgument: 1, needsResponseShape: false },
  // Any writable stream has these, so the receiver must be a handler's response by position or by use.
  end: { firstBody: 0, needsResponseShape: true },
  write: { firstBody: 0, needsResponseShape: true },
};
const STATUS_SETTERS = new Set(['status', 'code', 'writeHead', 'sendStatus']);
const RESPONSE_ONLY_METHODS = new Set(['writeHead', 'setHeader', 'status', 'code', 'sendStatus', 'header', 'set', 'type']);

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
 * `(err, req, res, next)`, Fastify's `setErrorHandler((error, request, reply) => ...)`, or Nest's `@Res()`.
 */
function isResponsePosition(fn: FunctionNode, index: number): boolean {
  const count = fn.params.length;
  if (hasResponseDecorator(fn, index)) return true;
  if (index === 1 && (count === 2 || count === 3)) return true;
  return index === 2 && (count === 4 || isSetErrorHandlerCallback(fn));
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
  const spec = method === undefined ? undefined : BODY_METHODS[method];
  if (!spec) return undefined;
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  if (index < spec.firstBody || (spec.statusArgument !== undefined && index >= spec.statusArgument)) return undefined;
  const root = chainRoot(call.callee.object);
  if (!root) return undefined;
  const nestResponse = isNestResponse(root, scope);
  const parameter = nestResponse ? undefined : parameterOf(root, scope);
  if (!nestResponse && !parameter) return undefined;
  if (
    spec.needsResponseShape &&
    parameter &&
    !isResponsePosition(parameter.fn, parameter.index) &&
    !usedAsServerResponse(sourceCode, root, scope)
  ) {
    return undefined;
  }
  const explicit =
    spec.statusArgument !== undefined && call.arguments[spec.statusArgument]
      ? statusClassOf(call.arguments[spec.statusArgument], scope)
      : statusInChain(call.callee.object, scope);
  return { node: call, status: explicit ?? precedingStatus(sourceCode, root.name, call) ?? 'unknown' };
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
    if (!parameter || !isResponsePosition(parameter.fn, parameter.index)) return undefined;
    // Whether a view renders a local is out of sight, so only what leaks whatever the status (stacks, objects) counts.
    return { node: assignment, status: 'none' };
  }
  return undefined;
}

/** How a library-constructed response takes its body and status. */
export type LibrarySink = { kind: 'fetch-response' } | { kind: 'http-exception' } | { kind: 'nest-exception'; status: number };

const NEST_EXCEPTIONS: Record<string, number> = {
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

const fetchResponse: LibrarySink = { kind: 'fetch-response' };

const LIBRARY_SINKS: TraceMap<LibrarySink> = {
  'next/server': { NextResponse: { [CONSTRUCT]: fetchResponse, json: { [CALL]: fetchResponse } } },
  '@nestjs/common': {
    HttpException: { [CONSTRUCT]: { kind: 'http-exception' } },
    ...Object.fromEntries(
      Object.entries(NEST_EXCEPTIONS).map(([name, status]) => [name, { [CONSTRUCT]: { kind: 'nest-exception', status } }]),
    ),
  },
};

const GLOBAL_SINKS: TraceMap<LibrarySink> = {
  Response: { [CONSTRUCT]: fetchResponse, json: { [CALL]: fetchResponse } },
};

/** Every `new Response`, `Response.json`, `NextResponse.json`, `new HttpException` and Nest exception in the file. */
export function findLibrarySinks(sourceCode: SourceCode): Map<TSESTree.Node, LibrarySink> {
  const found = new Map<TSESTree.Node, LibrarySink>();
  for (const reference of [...findModuleReferences(sourceCode, LIBRARY_SINKS), ...findGlobalReferences(sourceCode, GLOBAL_SINKS)]) {
    found.set(reference.node, reference.info);
  }
  return found;
}

/** The sink a library call or construction makes of its first argument (the body), if `argument` is it. */
export function librarySink(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  argument: TSESTree.Node,
  sink: LibrarySink,
): ResponseSink | undefined {
  if (call.arguments[0] !== argument) return undefined;
  const scope = sourceCode.getScope(call);
  switch (sink.kind) {
    case 'fetch-response': {
      const init = call.arguments[1];
      if (!init) return { node: call, status: 'unknown' };
      const status = readOption(init, ['status'], scope);
      return { node: call, status: status.kind === 'present' ? statusClassOf(status.value, scope) : 'unknown' };
    }
    case 'http-exception':
      return { node: call, status: statusClassOf(call.arguments[1], scope) };
    case 'nest-exception':
      return { node: call, status: classOfCode(sink.status) };
  }
}
