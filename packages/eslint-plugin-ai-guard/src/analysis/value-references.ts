import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './node-types';

/**
 * Where a value is stored in a local binding (`const api = axios.create()`, `const decoded = await verify()`),
 * the identifiers that read it back. Values that are returned, passed on or stored in a property yield nothing:
 * the analysis stays inside one scope.
 */
export function readsOfStoredValue(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node): TSESTree.Identifier[] {
  const declarator = storingDeclarator(expression);
  if (!declarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return [];
  const [variable] = sourceCode.getDeclaredVariables(declarator);
  if (!variable) return [];
  return variable.references
    .filter((reference) => !reference.init && reference.isRead())
    .map((reference) => reference.identifier)
    .filter((identifier): identifier is TSESTree.Identifier => identifier.type === AST_NODE_TYPES.Identifier);
}

/** The declarator that stores `expression`, looking through `await` and TS casts. */
export function storingDeclarator(expression: TSESTree.Node): TSESTree.VariableDeclarator | undefined {
  const current = outermostValue(expression);
  const parent = current.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current ? parent : undefined;
}

/** The expression that carries `node`'s value once `await`, TS casts, `!` and optional chaining are looked through. */
export function outermostValue(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && VALUE_WRAPPERS.has(current.parent.type)) current = current.parent;
  return current;
}

const VALUE_WRAPPERS = new Set<string>([
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.ChainExpression,
]);

/**
 * The outermost member chain built on `node` (`decoded` → `decoded.user.role`), with the property
 * names read along the way. Stops at computed members whose key is not a literal.
 */
export function memberChainFrom(node: TSESTree.Node): { outer: TSESTree.Node; properties: string[] } {
  const properties: string[] = [];
  let current = node;
  while (current.parent?.type === AST_NODE_TYPES.MemberExpression && current.parent.object === current) {
    const member = current.parent;
    if (!member.computed && member.property.type === AST_NODE_TYPES.Identifier) {
      properties.push(member.property.name);
    } else if (member.property.type === AST_NODE_TYPES.Literal) {
      properties.push(String(member.property.value));
    } else {
      properties.push('');
    }
    current = member;
  }
  if (current.parent?.type === AST_NODE_TYPES.ChainExpression) current = current.parent;
  return { outer: current, properties };
}
