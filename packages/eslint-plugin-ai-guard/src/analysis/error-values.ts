import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, parameterAt, type FunctionNode } from './local-functions';
import { staticPropertyName, unwrapExpression } from './static-values';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Where a value is known to be a caught error: a `catch` parameter, a promise rejection handler's
 * parameter, or the error parameter of a framework's error handler.
 */
export type ErrorSource =
  | 'catch'
  | 'promise-catch'
  | 'express-error-middleware'
  | 'fastify-error-handler'
  | 'hono-error-handler'
  | 'nest-exception-filter'
  /** Apollo / express-graphql `formatError`: the GraphQL error, which is already formatted for clients. */
  | 'graphql-formatted'
  /** Apollo Server 4's second `formatError` argument: the raw thrown error. */
  | 'graphql-raw';

export interface ErrorBindingRead {
  read: TSESTree.Identifier;
  /** The property a destructuring took (`catch ({ stack })`), undefined for the whole error. */
  property?: string;
}

/** The reads of an error bound by `pattern` (an identifier or an object pattern) declared by `declaring`. */
export function errorBindingReads(
  sourceCode: SourceCode,
  declaring: TSESTree.CatchClause | FunctionNode | TSESTree.VariableDeclarator,
  pattern: TSESTree.Node,
): ErrorBindingRead[] {
  const bound = pattern.type === AST_NODE_TYPES.AssignmentPattern ? pattern.left : pattern;
  const names = new Map<string, string | undefined>();
  if (bound.type === AST_NODE_TYPES.Identifier) names.set(bound.name, undefined);
  if (bound.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of bound.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = staticPropertyName(property);
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (key !== undefined && value.type === AST_NODE_TYPES.Identifier) names.set(value.name, key);
    }
  }
  return sourceCode
    .getDeclaredVariables(declaring)
    .filter((variable) => names.has(variable.name))
    .flatMap((variable) =>
      variable.references
        .filter((reference) => !reference.init && reference.isRead() && reference.identifier.type === AST_NODE_TYPES.Identifier)
        .map((reference) => ({ read: reference.identifier as TSESTree.Identifier, property: names.get(variable.name) })),
    );
}

/** `promise.catch((err) => ...)` and `promise.then(onValue, (err) => ...)`: the rejection handler. */
export function promiseRejectionHandler(call: TSESTree.CallExpression): FunctionNode | undefined {
  if (call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = staticPropertyName(call.callee);
  const handler = method === 'catch' ? call.arguments[0] : method === 'then' ? call.arguments[1] : undefined;
  return isFunctionNode(handler) ? handler : undefined;
}

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

/**
 * The error parameter of a framework error handler: Express's four-argument middleware (recognised by
 * its arity and a third parameter used as a response), Fastify's `setErrorHandler`, Hono's `onError`.
 */
export function errorHandlerSource(sourceCode: SourceCode, fn: FunctionNode): ErrorSource | undefined {
  const call = fn.parent;
  if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === fn && call.callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = staticPropertyName(call.callee);
    if (method === 'setErrorHandler') return 'fastify-error-handler';
    if (method === 'onError' && fn.params.length === 2) return 'hono-error-handler';
  }
  if (fn.params.length !== 4) return undefined;
  const response = parameterAt(fn, 2);
  if (!response) return undefined;
  const variable = sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === response.name);
  const usedAsResponse = (variable?.references ?? []).some((reference) => {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) return false;
    const name = staticPropertyName(member);
    return name !== undefined && RESPONSE_MEMBERS.has(name);
  });
  return usedAsResponse ? 'express-error-middleware' : undefined;
}

/** Nest's `catch(exception, host)` in a class decorated with `@Catch()` or implementing `ExceptionFilter`. */
export function isNestExceptionFilterMethod(method: TSESTree.MethodDefinition): boolean {
  if (method.kind !== 'method' || method.static || staticPropertyName(method) !== 'catch') return false;
  const classNode = method.parent.parent;
  if (classNode.type !== AST_NODE_TYPES.ClassDeclaration && classNode.type !== AST_NODE_TYPES.ClassExpression) return false;
  // espree, ESLint's default parser for .js, leaves out the TypeScript-only `decorators` and `implements`.
  const decorated = (classNode.decorators as TSESTree.Decorator[] | undefined)?.some((decorator) => {
    const expression = decorator.expression;
    const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
    return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Catch';
  });
  const implementsFilter = (classNode.implements as TSESTree.TSClassImplements[] | undefined)?.some(
    (clause) => clause.expression.type === AST_NODE_TYPES.Identifier && clause.expression.name === 'ExceptionFilter',
  );
  const superClass = classNode.superClass ? unwrapExpression(classNode.superClass) : undefined;
  const extendsBase = superClass?.type === AST_NODE_TYPES.Identifier && superClass.name === 'BaseExceptionFilter';
  return decorated === true || implementsFilter === true || extendsBase;
}

/** The function a GraphQL server's `formatError` option names, inline or declared in the same file. */
export function graphqlFormatter(sourceCode: SourceCode, property: TSESTree.Property): FunctionNode | undefined {
  if (staticPropertyName(property) !== 'formatError') return undefined;
  const value = property.value;
  if (isFunctionNode(value)) return value;
  if (value.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(value), value);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type === TSESLint.Scope.DefinitionType.FunctionName && isFunctionNode(definition.node)) return definition.node;
  if (definition?.type === TSESLint.Scope.DefinitionType.Variable && isFunctionNode(definition.node.init)) return definition.node.init;
  return undefined;
}
