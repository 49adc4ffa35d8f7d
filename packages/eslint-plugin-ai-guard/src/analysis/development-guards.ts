import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './node-types';
import { resolveValue, staticPropertyName, staticString, unwrapExpression } from './static-values';

type Scope = TSESLint.Scope.Scope;

/** Which environment a condition holds in: only in development, only in production, or either. */
export type EnvironmentPolarity = 'development' | 'production' | undefined;

const DEVELOPMENT_VALUES = new Set(['development', 'dev', 'local', 'test']);
const PRODUCTION_VALUES = new Set(['production', 'prod']);
// Flags that projects derive from NODE_ENV once and import everywhere; their definition is often in another file.
const DEVELOPMENT_FLAG = /^(?:is_?)?(?:dev|development|debug|local)(?:_?(?:mode|env|environment))?$|^__DEV__$/i;
const PRODUCTION_FLAG = /^(?:is_?)?(?:prod|production)(?:_?(?:mode|env|environment))?$/i;
const MAX_DEPTH = 6;

/**
 * Whether `node` only runs (or is only chosen) in development: inside the development branch of an
 * `if`, a `?:` or an `&&`, or after an `if (production) { return }` in an enclosing block.
 */
export function isDevelopmentOnly(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (branchIsDevelopment(sourceCode, parent, child)) return true;
    if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) {
      if (followsProductionExit(sourceCode, parent.body, child)) return true;
    }
    if (parent.type === AST_NODE_TYPES.SwitchCase && followsProductionExit(sourceCode, parent.consequent, child)) return true;
  }
  return false;
}

/** Whether `child` is the development-only branch of `parent` (`if`, `?:`, `&&`). */
export function branchIsDevelopment(sourceCode: Readonly<TSESLint.SourceCode>, parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression: {
      if (child === parent.test) return false;
      const polarity = environmentPolarity(sourceCode, parent.test);
      return child === parent.consequent ? polarity === 'development' : polarity === 'production';
    }
    case AST_NODE_TYPES.LogicalExpression:
      return parent.operator === '&&' && child === parent.right && environmentPolarity(sourceCode, parent.left) === 'development';
    default:
      return false;
  }
}

function followsProductionExit(
  sourceCode: Readonly<TSESLint.SourceCode>,
  statements: readonly TSESTree.Node[],
  child: TSESTree.Node,
): boolean {
  const index = statements.indexOf(child);
  for (let position = index - 1; position >= 0; position--) {
    const statement = statements[position];
    if (
      statement?.type === AST_NODE_TYPES.IfStatement &&
      !statement.alternate &&
      alwaysExits(statement.consequent) &&
      environmentPolarity(sourceCode, statement.test) === 'production'
    ) {
      return true;
    }
  }
  return false;
}

/** A statement that always returns or throws: `return x`, or a block whose last statement does. */
export function alwaysExits(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (statement.type !== AST_NODE_TYPES.BlockStatement) return false;
  const last = statement.body[statement.body.length - 1];
  return last !== undefined && alwaysExits(last);
}

/**
 * `process.env.NODE_ENV !== "production"`, `app.get("env") === "development"`, `import.meta.env.DEV`,
 * a const holding one of those, or a flag named like `isDev` / `isProduction` whose value is out of sight.
 */
export function environmentPolarity(sourceCode: Readonly<TSESLint.SourceCode>, test: TSESTree.Node, depth = 0): EnvironmentPolarity {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrapExpression(test);
  const scope = sourceCode.getScope(node);
  switch (node.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === '!' ? flip(environmentPolarity(sourceCode, node.argument, depth + 1)) : undefined;
    case AST_NODE_TYPES.BinaryExpression:
      return comparisonPolarity(node, scope);
    case AST_NODE_TYPES.LogicalExpression: {
      const left = environmentPolarity(sourceCode, node.left, depth + 1);
      const right = environmentPolarity(sourceCode, node.right, depth + 1);
      if (node.operator === '&&') {
        if (left === 'development' || right === 'development') return 'development';
        return left === 'production' && right === 'production' ? 'production' : undefined;
      }
      if (node.operator === '||') return left === right ? left : undefined;
      return undefined;
    }
    case AST_NODE_TYPES.Identifier: {
      const resolved = resolveValue(node, scope);
      if (resolved !== node) return environmentPolarity(sourceCode, resolved, depth + 1);
      return flagPolarity(node.name);
    }
    case AST_NODE_TYPES.MemberExpression: {
      const name = staticPropertyName(node, scope);
      if (name === 'DEV') return 'development';
      if (name === 'PROD') return 'production';
      return name === undefined ? undefined : flagPolarity(name);
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapExpression(node.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) return flagPolarity(callee.name);
      if (callee.type === AST_NODE_TYPES.MemberExpression) {
        const name = staticPropertyName(callee, scope);
        return name === undefined ? undefined : flagPolarity(name);
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function comparisonPolarity(node: TSESTree.BinaryExpression, scope: Scope): EnvironmentPolarity {
  const equal = node.operator === '===' || node.operator === '==';
  const notEqual = node.operator === '!==' || node.operator === '!=';
  if (!equal && !notEqual) return undefined;
  const value = environmentValue(node.left, scope) ?? environmentValue(node.right, scope);
  if (value === undefined) return undefined;
  return equal ? value : flip(value);
}

/** `"development"` or `"production"` on one side of a comparison whose other side is not a literal. */
function environmentValue(node: TSESTree.Node, scope: Scope): EnvironmentPolarity {
  if (node.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
  const text = staticString(node, scope)?.toLowerCase();
  if (text === undefined) return undefined;
  if (DEVELOPMENT_VALUES.has(text)) return 'development';
  if (PRODUCTION_VALUES.has(text)) return 'production';
  return undefined;
}

function flagPolarity(name: string): EnvironmentPolarity {
  if (DEVELOPMENT_FLAG.test(name)) return 'development';
  if (PRODUCTION_FLAG.test(name)) return 'production';
  return undefined;
}

function flip(polarity: EnvironmentPolarity): EnvironmentPolarity {
  if (polarity === 'development') return 'production';
  if (polarity === 'production') return 'development';
  return undefined;
}
