import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export function isFunctionNode(node: TSESTree.Node | undefined | null): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression ||
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** The innermost function that contains `node`, or undefined at module level. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

/**
 * The function a call invokes when it is declared in the same file under that name
 * (`function sendError(res, err) {}` or `const sendError = (res, err) => {}`).
 */
export function resolveLocalFunction(call: TSESTree.CallExpression, scope: TSESLint.Scope.Scope): FunctionNode | undefined {
  if (call.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(scope, call.callee);
  if (!variable || variable.defs.length !== 1) return undefined;
  const definition = variable.defs[0];
  if (definition?.type === TSESLint.Scope.DefinitionType.FunctionName && isFunctionNode(definition.node)) return definition.node;
  if (
    definition?.type === TSESLint.Scope.DefinitionType.Variable &&
    definition.parent.kind === 'const' &&
    isFunctionNode(definition.node.init)
  ) {
    return definition.node.init;
  }
  return undefined;
}

/** The plain identifier parameter at `index` (with or without a default value), if any. */
export function parameterAt(fn: FunctionNode, index: number): TSESTree.Identifier | undefined {
  const parameter = fn.params[index];
  if (!parameter) return undefined;
  if (parameter.type === AST_NODE_TYPES.Identifier) return parameter;
  if (parameter.type === AST_NODE_TYPES.AssignmentPattern && parameter.left.type === AST_NODE_TYPES.Identifier) {
    return parameter.left;
  }
  if (parameter.type === AST_NODE_TYPES.TSParameterProperty && parameter.parameter.type === AST_NODE_TYPES.Identifier) {
    return parameter.parameter;
  }
  return undefined;
}

/** Every read of a parameter inside its function. */
export function readsOfParameter(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fn: FunctionNode,
  parameter: TSESTree.Identifier,
): TSESTree.Identifier[] {
  const variable = sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === parameter.name);
  if (!variable) return [];
  return variable.references
    .filter((reference) => reference.isRead())
    .map((reference) => reference.identifier)
    .filter((identifier): identifier is TSESTree.Identifier => identifier.type === AST_NODE_TYPES.Identifier);
}

export interface ArgumentFlow {
  fn: FunctionNode;
  parameter: TSESTree.Identifier;
  /** The reads of `parameter` inside `fn`: where the passed value is used one call deep. */
  reads: TSESTree.Identifier[];
}

/**
 * Follows `value` one call deep: when it is passed as an argument to a function declared in the
 * same file (`sendError(res, err)`, `saveUpload(file)`), returns that function's parameter and its reads.
 */
export function followArgumentIntoLocalFunction(sourceCode: Readonly<TSESLint.SourceCode>, value: TSESTree.Node): ArgumentFlow | undefined {
  const call = value.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const index = call.arguments.indexOf(value as TSESTree.CallExpressionArgument);
  if (index < 0) return undefined;
  const fn = resolveLocalFunction(call, sourceCode.getScope(call));
  if (!fn) return undefined;
  const parameter = parameterAt(fn, index);
  if (!parameter) return undefined;
  return { fn, parameter, reads: readsOfParameter(sourceCode, fn, parameter) };
}

/** The values a function returns from its top level: an arrow's expression body, or its `return x` statements in order. */
export function returnedExpressions(fn: FunctionNode): TSESTree.Node[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  return fn.body.body.flatMap((statement) =>
    statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument ? [statement.argument] : [],
  );
}
