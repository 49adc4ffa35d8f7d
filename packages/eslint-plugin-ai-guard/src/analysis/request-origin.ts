import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { findConstVariable, resolveValue, staticPropertyName, staticString, unwrapExpression } from './static-values';

type Scope = TSESLint.Scope.Scope;

const MAX_DEPTH = 6;
const HEADER_CONTAINERS = new Set(['headers', 'header']);
const HEADER_GETTERS = new Set(['get', 'header', 'getHeader']);
/** Methods on the Origin string that compare it with something, as opposed to reformatting it. */
const ORIGIN_COMPARISONS = new Set(['startsWith', 'endsWith', 'match', 'includes', 'search', 'localeCompare']);

/**
 * A read of the request's `Origin` header, whatever the framework: `req.headers.origin`,
 * `req.headers["origin"]`, `req.get("Origin")`, `req.header("origin")`, `ctx.get("Origin")`,
 * `ctx.request.header.origin`, `request.headers.get("origin")`, `c.req.header("origin")`, and
 * consts (or destructured consts of a headers object) that hold one. `origin || "*"` counts too:
 * whenever the header is sent, that is what the expression yields.
 */
export function isRequestOriginRead(node: TSESTree.Node, scope: Scope, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const current = unwrapExpression(node);
  switch (current.type) {
    case AST_NODE_TYPES.Identifier:
      return identifierHoldsOrigin(current, scope, depth);
    case AST_NODE_TYPES.MemberExpression:
      return isOriginProperty(current, scope);
    case AST_NODE_TYPES.CallExpression:
      return isOriginGetterCall(current, scope);
    case AST_NODE_TYPES.LogicalExpression:
      return isRequestOriginRead(current.left, scope, depth + 1) || isRequestOriginRead(current.right, scope, depth + 1);
    case AST_NODE_TYPES.AwaitExpression:
      return isRequestOriginRead(current.argument, scope, depth + 1);
    default:
      return false;
  }
}

function identifierHoldsOrigin(identifier: TSESTree.Identifier, scope: Scope, depth: number): boolean {
  const variable = findConstVariable(identifier, scope);
  const definition = variable?.defs[0];
  if (!variable || definition?.type !== TSESLint.Scope.DefinitionType.Variable || !definition.node.init) return false;
  const { id, init } = definition.node;
  if (id.type === AST_NODE_TYPES.Identifier) return isRequestOriginRead(init, variable.scope, depth + 1);
  if (id.type !== AST_NODE_TYPES.ObjectPattern) return false;
  // `const { origin } = req.headers`
  const property = id.properties.find(
    (member): member is TSESTree.Property =>
      member.type === AST_NODE_TYPES.Property &&
      (member.value.type === AST_NODE_TYPES.AssignmentPattern ? member.value.left : member.value).type === AST_NODE_TYPES.Identifier &&
      ((member.value.type === AST_NODE_TYPES.AssignmentPattern ? member.value.left : member.value) as TSESTree.Identifier).name ===
        identifier.name,
  );
  if (!property) return false;
  const key = staticPropertyName(property, variable.scope);
  return key?.toLowerCase() === 'origin' && isHeaderContainer(init, variable.scope);
}

function isOriginProperty(member: TSESTree.MemberExpression, scope: Scope): boolean {
  const name = staticPropertyName(member, scope);
  return name?.toLowerCase() === 'origin' && isHeaderContainer(member.object, scope);
}

/** `req.headers`, `ctx.request.header`, `event.headers`, or a const / parameter named `headers`. */
function isHeaderContainer(node: TSESTree.Node, scope: Scope): boolean {
  const resolved = resolveValue(node, scope);
  if (resolved.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(resolved, scope);
    return name !== undefined && HEADER_CONTAINERS.has(name);
  }
  return resolved.type === AST_NODE_TYPES.Identifier && HEADER_CONTAINERS.has(resolved.name);
}

function isOriginGetterCall(call: TSESTree.CallExpression, scope: Scope): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = staticPropertyName(callee, scope);
  const [first] = call.arguments;
  if (method === undefined || !HEADER_GETTERS.has(method) || !first) return false;
  return staticString(first, scope)?.toLowerCase() === 'origin';
}

/** Decides whether an expression is "the origin" in the check being looked for. */
export type OriginReference = (node: TSESTree.Node) => boolean;

/**
 * True when `node` runs only after the origin was compared with something: inside `if (allowed.has(origin))`
 * (either branch: the polarity is the developer's business, the comparison is what makes it deliberate),
 * a ternary or `&&` on such a test, or after `if (!allowed.includes(origin)) return ...` earlier in an
 * enclosing block. A truthiness test such as `if (origin)` is not a check.
 */
export function isGuardedByOriginCheck(node: TSESTree.Node, isOrigin: OriginReference, scope: Scope): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
        if (parent.test !== child && checksOrigin(parent.test, isOrigin, scope, 0)) return true;
        break;
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test !== child && checksOrigin(parent.test, isOrigin, scope, 0)) return true;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.right === child && checksOrigin(parent.left, isOrigin, scope, 0)) return true;
        break;
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.Program:
        if (earlierExitOnCheck(parent.body, child, isOrigin, scope)) return true;
        break;
      case AST_NODE_TYPES.SwitchCase:
        if (earlierExitOnCheck(parent.consequent, child, isOrigin, scope)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

function earlierExitOnCheck(statements: readonly TSESTree.Node[], child: TSESTree.Node, isOrigin: OriginReference, scope: Scope): boolean {
  const index = statements.indexOf(child);
  return statements
    .slice(0, Math.max(index, 0))
    .some(
      (statement) =>
        statement.type === AST_NODE_TYPES.IfStatement && exits(statement.consequent) && checksOrigin(statement.test, isOrigin, scope, 0),
    );
}

function exits(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (statement.type !== AST_NODE_TYPES.BlockStatement) return false;
  const last = statement.body[statement.body.length - 1];
  return last !== undefined && exits(last);
}

/** Whether a test expression compares the origin with an allowlist, a constant or a pattern. */
export function checksOrigin(test: TSESTree.Node, isOrigin: OriginReference, scope: Scope, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const node = unwrapExpression(test);
  const recurse = (next: TSESTree.Node): boolean => checksOrigin(next, isOrigin, scope, depth + 1);
  switch (node.type) {
    case AST_NODE_TYPES.LogicalExpression:
      return recurse(node.left) || recurse(node.right);
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === '!' && recurse(node.argument);
    case AST_NODE_TYPES.AwaitExpression:
      return recurse(node.argument);
    case AST_NODE_TYPES.BinaryExpression:
      return isComparison(node, isOrigin) || recurse(node.left) || recurse(node.right);
    case AST_NODE_TYPES.CallExpression:
      return isCheckingCall(node, isOrigin, scope) || node.arguments.some(recurse);
    case AST_NODE_TYPES.MemberExpression:
      // `ALLOWED[origin]`
      return (node.computed && isOrigin(node.property)) || recurse(node.object);
    case AST_NODE_TYPES.Identifier: {
      // `const allowed = ALLOWED.has(origin); if (!allowed) return ...`
      const resolved = resolveValue(node, scope);
      return resolved !== node && recurse(resolved);
    }
    default:
      return false;
  }
}

function isComparison(node: TSESTree.BinaryExpression, isOrigin: OriginReference): boolean {
  if (node.operator === 'in') return isOrigin(node.left);
  if (!['===', '!==', '==', '!='].includes(node.operator)) return false;
  const [origin, other] = isOrigin(node.left) ? [node.left, node.right] : [node.right, node.left];
  if (!isOrigin(origin)) return false;
  return !isNullishOrTypeof(other);
}

function isNullishOrTypeof(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Literal) return value.value === null || value.value === '';
  if (value.type === AST_NODE_TYPES.Identifier) return value.name === 'undefined';
  return value.type === AST_NODE_TYPES.UnaryExpression && (value.operator === 'typeof' || value.operator === 'void');
}

function isCheckingCall(call: TSESTree.CallExpression, isOrigin: OriginReference, scope: Scope): boolean {
  if (call.arguments.some((argument) => isOrigin(argument) && !isTruthinessWrapper(call))) return true;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !isOrigin(callee.object)) return false;
  const method = staticPropertyName(callee, scope);
  return method !== undefined && ORIGIN_COMPARISONS.has(method);
}

/** `Boolean(origin)` and `String(origin)` only restate the value. */
function isTruthinessWrapper(call: TSESTree.CallExpression): boolean {
  return call.callee.type === AST_NODE_TYPES.Identifier && ['Boolean', 'String'].includes(call.callee.name);
}

/** An origin reference that is either a request Origin read or a read of one of the given variables (e.g. a callback's `origin` parameter). */
export function originReference(scope: Scope, variables: readonly TSESLint.Scope.Variable[]): OriginReference {
  return (node) => {
    const value = unwrapExpression(node);
    if (
      value.type === AST_NODE_TYPES.Identifier &&
      variables.some((variable) => variable.references.some((reference) => reference.identifier === value))
    ) {
      return true;
    }
    return isRequestOriginRead(value, scope);
  };
}
