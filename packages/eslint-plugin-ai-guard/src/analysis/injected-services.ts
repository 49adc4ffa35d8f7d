import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { forEachFileNode } from './ast-walk';
import { isFunctionNode, readsOfParameter } from './local-functions';
import { valueUses, type ModuleReference } from './module-references';
import { AST_NODE_TYPES } from './node-types';
import { staticPropertyName } from './static-values';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Method calls on instances of an imported class that a dependency-injection container hands in by type:
 * `constructor(private readonly http: HttpService)` then `this.http.get(url)`, a class property typed with it,
 * or a parameter typed with it. `reference` is a `[READ]` reference to the class.
 */
export function injectedServiceCalls(
  sourceCode: SourceCode,
  reference: ModuleReference<unknown>,
  instanceProperties: ReadonlySet<string> = new Set(),
): { call: TSESTree.CallExpression; method: string }[] {
  const propertyNames = new Set<string>();
  const parameterReads = new Set<TSESTree.Node>();
  for (const use of valueUses(sourceCode, reference)) {
    const typed = typedBinding(sourceCode, use);
    if (typed?.kind === 'property') propertyNames.add(typed.name);
    else if (typed) for (const read of typed.reads) parameterReads.add(read);
  }
  if (propertyNames.size === 0 && parameterReads.size === 0) return [];
  const calls: { call: TSESTree.CallExpression; method: string }[] = [];
  const consider = (receiver: TSESTree.Node) => {
    const member = receiver.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== receiver) return;
    const call = member.parent;
    const method = staticPropertyName(member);
    if (call.type === AST_NODE_TYPES.CallExpression && call.callee === member && method !== undefined) calls.push({ call, method });
    // `this.http.axiosRef.get(url)`: a property that hands out the underlying client, with the same methods.
    else if (method !== undefined && instanceProperties.has(method)) consider(member);
  };
  for (const read of parameterReads) consider(read);
  if (propertyNames.size > 0) for (const member of thisMembers(sourceCode, propertyNames)) consider(member);
  return calls;
}

/** Where a type annotation naming the class declares something: a class property, a parameter property, or a parameter. */
function typedBinding(
  sourceCode: SourceCode,
  typeName: TSESTree.Node,
): { kind: 'property'; name: string } | { kind: 'parameter'; reads: TSESTree.Identifier[] } | undefined {
  const typeReference = typeName.parent;
  if (typeReference?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  const annotation = typeReference.parent;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeAnnotation) return undefined;
  const annotated = annotation.parent;
  if (annotated.type === AST_NODE_TYPES.PropertyDefinition && annotated.key.type === AST_NODE_TYPES.Identifier) {
    return { kind: 'property', name: annotated.key.name };
  }
  if (annotated.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (annotated.parent.type === AST_NODE_TYPES.TSParameterProperty) return { kind: 'property', name: annotated.name };
  const fn = annotated.parent;
  return isFunctionNode(fn) ? { kind: 'parameter', reads: readsOfParameter(sourceCode, fn, annotated) } : undefined;
}

/** Every `this.<name>` member expression in the file, for the given names. */
function thisMembers(sourceCode: Readonly<TSESLint.SourceCode>, names: ReadonlySet<string>): TSESTree.MemberExpression[] {
  const found: TSESTree.MemberExpression[] = [];
  forEachFileNode(sourceCode, (node) => {
    if (
      node.type === AST_NODE_TYPES.MemberExpression &&
      node.object.type === AST_NODE_TYPES.ThisExpression &&
      names.has(staticPropertyName(node) ?? '')
    ) {
      found.push(node);
    }
  });
  return found;
}
