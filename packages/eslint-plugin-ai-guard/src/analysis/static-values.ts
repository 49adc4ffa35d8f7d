import { ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './node-types';

type Scope = TSESLint.Scope.Scope;

const MAX_RESOLUTION_DEPTH = 8;

/** Strips syntax that does not change the runtime value: TS casts, `!`, `satisfies`, optional chains. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The variable an identifier refers to, when it is bound exactly once and never written again. */
export function findConstVariable(identifier: TSESTree.Identifier, scope: Scope): TSESLint.Scope.Variable | undefined {
  const variable = ASTUtils.findVariable(scope, identifier);
  if (!variable || variable.defs.length !== 1) return undefined;
  const neverReassigned = variable.references.every((reference) => reference.init || !reference.isWrite());
  return neverReassigned ? variable : undefined;
}

/**
 * Follows const bindings (`const opts = {...}`, `const { jwt } = config`, `config.jwt`) to the
 * expression that defines a value. Returns the input when there is nothing to follow, so callers
 * can inspect the result's type: an ObjectExpression, a Literal, a CallExpression, a parameter...
 */
export function resolveValue(node: TSESTree.Node, scope: Scope, depth = 0): TSESTree.Node {
  const unwrapped = unwrapExpression(node);
  if (depth >= MAX_RESOLUTION_DEPTH) return unwrapped;

  if (unwrapped.type === AST_NODE_TYPES.Identifier) {
    const variable = findConstVariable(unwrapped, scope);
    const definition = variable?.defs[0];
    if (!variable || definition?.type !== TSESLint.Scope.DefinitionType.Variable || !definition.node.init) return unwrapped;
    const declarator = definition.node;
    const init = declarator.init;
    if (!init) return unwrapped;
    if (declarator.id.type === AST_NODE_TYPES.Identifier) {
      return resolveValue(init, variable.scope, depth + 1);
    }
    if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
      const key = destructuredKeyOf(declarator.id, unwrapped.name);
      if (key === undefined) return unwrapped;
      const lookup = readOption(init, [key], variable.scope, depth + 1);
      return lookup.kind === 'present' ? resolveValue(lookup.value, variable.scope, depth + 1) : unwrapped;
    }
    return unwrapped;
  }

  if (unwrapped.type === AST_NODE_TYPES.MemberExpression) {
    const key = staticPropertyName(unwrapped, scope);
    if (key === undefined) return unwrapped;
    const lookup = readOption(unwrapped.object, [key], scope, depth + 1);
    return lookup.kind === 'present' ? resolveValue(lookup.value, scope, depth + 1) : unwrapped;
  }

  return unwrapped;
}

function destructuredKeyOf(pattern: TSESTree.ObjectPattern, localName: string): string | undefined {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value.type === AST_NODE_TYPES.Identifier && value.name === localName) {
      return property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String((property.key as TSESTree.Literal).value);
    }
  }
  return undefined;
}

/** The property name of `a.b` or `a["b"]` (or `a[CONST]`), undefined when computed from a runtime value. */
export function staticPropertyName(
  node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition,
  scope?: Scope,
): string | undefined {
  const name = ASTUtils.getPropertyName(node, scope);
  return name ?? undefined;
}

export type OptionLookup =
  /** `value` is the property's value expression as written; `property` is where to report. */
  | { kind: 'present'; value: TSESTree.Node; property: TSESTree.Property }
  | { kind: 'absent' }
  /** The options (or a spread or computed key inside them) cannot be read statically. */
  | { kind: 'unknown' };

/**
 * Reads `path` (e.g. `["verifyOptions", "algorithms"]`) out of an options argument, the way the
 * library would see it at run time: inline literals, consts that hold them, shorthand properties,
 * spreads of const objects, later properties overriding earlier ones. Never guesses.
 */
export function readOption(optionsNode: TSESTree.Node | undefined, path: readonly string[], scope: Scope, depth = 0): OptionLookup {
  if (!optionsNode) return { kind: 'absent' };
  const [key, ...rest] = path;
  if (key === undefined) return { kind: 'unknown' };
  const resolved = resolveValue(optionsNode, scope, depth);
  if (isNullish(resolved)) return { kind: 'absent' };
  if (resolved.type !== AST_NODE_TYPES.ObjectExpression) return { kind: 'unknown' };

  for (let index = resolved.properties.length - 1; index >= 0; index--) {
    const member = resolved.properties[index];
    if (!member) continue;
    if (member.type === AST_NODE_TYPES.SpreadElement) {
      const fromSpread = readOption(member.argument, [key], scope, depth + 1);
      if (fromSpread.kind === 'absent') continue;
      if (fromSpread.kind === 'unknown' || rest.length === 0) return fromSpread;
      return readOption(fromSpread.value, rest, scope, depth + 1);
    }
    const name = staticPropertyName(member, scope);
    if (name === undefined) return { kind: 'unknown' };
    if (name !== key) continue;
    if (rest.length === 0) return { kind: 'present', value: member.value, property: member };
    return readOption(member.value, rest, scope, depth + 1);
  }
  return { kind: 'absent' };
}

/** `null` or `undefined`, written as such (through casts). */
export function isNullish(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return (
    (value.type === AST_NODE_TYPES.Literal && value.value === null) ||
    (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined')
  );
}

/** `x.name(...)` (or one of several names), however the receiver is written. */
export function isMethodCall(call: TSESTree.CallExpression, names: string | ReadonlySet<string>): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  return typeof names === 'string' ? callee.property.name === names : names.has(callee.property.name);
}

export type ArrayLookup = { kind: 'array'; elements: TSESTree.Node[] } | { kind: 'unknown' };

/** The elements of an array literal (through consts and spreads of const arrays), or unknown. */
export function readArrayElements(node: TSESTree.Node, scope: Scope, depth = 0): ArrayLookup {
  const resolved = resolveValue(node, scope, depth);
  if (resolved.type !== AST_NODE_TYPES.ArrayExpression) return { kind: 'unknown' };
  const elements: TSESTree.Node[] = [];
  for (const element of resolved.elements) {
    if (!element) continue;
    if (element.type === AST_NODE_TYPES.SpreadElement) {
      const spread = readArrayElements(element.argument, scope, depth + 1);
      if (spread.kind === 'unknown') return spread;
      elements.push(...spread.elements);
    } else {
      elements.push(element);
    }
  }
  return { kind: 'array', elements };
}

/** The compile-time value of an expression (literals, consts, templates, simple operators), or undefined. */
export function staticValue(node: TSESTree.Node, scope: Scope): { value: unknown } | undefined {
  return ASTUtils.getStaticValue(unwrapExpression(node), scope) ?? undefined;
}

export function staticString(node: TSESTree.Node, scope: Scope): string | undefined {
  const result = staticValue(node, scope);
  return typeof result?.value === 'string' ? result.value : undefined;
}

export function staticBoolean(node: TSESTree.Node, scope: Scope): boolean | undefined {
  const result = staticValue(node, scope);
  return typeof result?.value === 'boolean' ? result.value : undefined;
}
