import { ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { methodCallSites } from './local-classes';
import { AST_NODE_TYPES } from './node-types';
import { unwrapExpression } from './static-values';

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

/**
 * The values a function returns: an arrow's expression body, or its `return x` statements in source order.
 * Only top-level statements by default; `nested` also finds returns inside blocks, branches, loops and `try`.
 */
export function returnedExpressions(fn: FunctionNode, { nested = false } = {}): TSESTree.Node[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  if (!nested) {
    return fn.body.body.flatMap((statement) =>
      statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument ? [statement.argument] : [],
    );
  }
  const found: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (node.argument) found.push(node.argument);
      return;
    }
    for (const child of statementChildren(node)) visit(child);
  };
  visit(fn.body);
  return found;
}

/** The statements directly inside a statement (not inside nested functions or expressions). */
function statementChildren(node: TSESTree.Node): TSESTree.Node[] {
  switch (node.type) {
    case AST_NODE_TYPES.BlockStatement:
      return node.body;
    case AST_NODE_TYPES.IfStatement:
      return node.alternate ? [node.consequent, node.alternate] : [node.consequent];
    case AST_NODE_TYPES.TryStatement:
      return [node.block, ...(node.handler ? [node.handler.body] : []), ...(node.finalizer ? [node.finalizer] : [])];
    case AST_NODE_TYPES.SwitchStatement:
      return node.cases.flatMap((switchCase) => switchCase.consequent);
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.LabeledStatement:
      return [node.body];
    default:
      return [];
  }
}

/** The position of the parameter that declares `name` (directly, with a default, or inside a pattern); -1 if none. */
export function parameterIndexOf(fn: FunctionNode, name: TSESTree.Node): number {
  return fn.params.findIndex((parameter) => parameter.range[0] <= name.range[0] && name.range[1] <= parameter.range[1]);
}

/**
 * The calls in this file that invoke `fn`: by the name it is declared under (`function f`, `const f = () => {}`),
 * or, for a method, on an instance of its class (`this.load(x)`, `this.fetcher.load(x)`).
 */
export function callSitesOf(sourceCode: Readonly<TSESLint.SourceCode>, fn: FunctionNode): TSESTree.CallExpression[] {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.PropertyDefinition) {
    return methodCallSites(sourceCode, parent);
  }
  let variable: TSESLint.Scope.Variable | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
    variable = ASTUtils.findVariable(sourceCode.getScope(fn), fn.id) ?? undefined;
  } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn) {
    variable = sourceCode.getDeclaredVariables(parent)[0];
  }
  if (!variable) return [];
  return variable.references.flatMap((reference) => {
    const call = reference.identifier.parent;
    return call?.type === AST_NODE_TYPES.CallExpression && call.callee === reference.identifier ? [call] : [];
  });
}

/**
 * The function a value names when it is written inline or declared once in this file: an arrow or function
 * expression, `function f() {}` or `const f = () => {}` passed by reference (`multer({ fileFilter: imageFilter })`).
 */
export function functionValue(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node | undefined): FunctionNode | undefined {
  if (!node) return undefined;
  const value = unwrapExpression(node);
  if (isFunctionNode(value)) return value;
  if (value.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(value), value);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type === TSESLint.Scope.DefinitionType.FunctionName && isFunctionNode(definition.node)) return definition.node;
  if (definition?.type === TSESLint.Scope.DefinitionType.Variable && definition.node.init) {
    const init = unwrapExpression(definition.node.init);
    if (isFunctionNode(init)) return init;
  }
  return undefined;
}
