import { ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { forEachFileNode } from './ast-walk';
import { FileMemo } from './file-memo';
import { AST_NODE_TYPES } from './node-types';
import { staticPropertyName, unwrapExpression } from './static-values';

type SourceCode = Readonly<TSESLint.SourceCode>;
type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;
type FunctionNode = TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/**
 * The class declared in this file that a method call's receiver is an instance of: `this` inside it, a property
 * injected by type (`constructor(private readonly fetcher: SpecFetcherService)` then `this.fetcher`), a variable or
 * parameter typed with it, or `new SpecFetcherService()` stored in a const. Services that Nest or another container
 * wires by type live in one file as often as not.
 */
export function classOfReceiver(sourceCode: SourceCode, receiver: TSESTree.Node): ClassNode | undefined {
  const target = unwrapExpression(receiver);
  if (target.type === AST_NODE_TYPES.ThisExpression) return enclosingClass(target);
  if (target.type === AST_NODE_TYPES.NewExpression) return localClassNamed(sourceCode, target.callee);
  if (target.type === AST_NODE_TYPES.MemberExpression && target.object.type === AST_NODE_TYPES.ThisExpression) {
    const owner = enclosingClass(target);
    const name = staticPropertyName(target);
    return owner && name !== undefined ? propertyClass(sourceCode, owner, name) : undefined;
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return undefined;
  if (definition.type === TSESLint.Scope.DefinitionType.Variable && definition.node.init) {
    const init = unwrapExpression(definition.node.init);
    if (init.type === AST_NODE_TYPES.NewExpression) return localClassNamed(sourceCode, init.callee);
  }
  return annotatedClass(sourceCode, definition.name);
}

/** The method (or arrow-function property) `name` of a class, when it has a body here. */
export function methodOf(classNode: ClassNode, name: string): FunctionNode | undefined {
  for (const member of classNode.body.body) {
    if ((member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) || member.static) continue;
    if (staticPropertyName(member) !== name) continue;
    const value = member.value;
    if (value?.type === AST_NODE_TYPES.FunctionExpression || value?.type === AST_NODE_TYPES.ArrowFunctionExpression) return value;
  }
  return undefined;
}

const callIndexes = new FileMemo<Map<string, TSESTree.CallExpression[]>>();

/** The calls in this file that invoke a class's method: `this.load(x)` inside it and `this.fetcher.load(x)` elsewhere. */
export function methodCallSites(
  sourceCode: SourceCode,
  member: TSESTree.MethodDefinition | TSESTree.PropertyDefinition,
): TSESTree.CallExpression[] {
  const name = staticPropertyName(member);
  const classNode = member.parent.parent;
  if (name === undefined || (classNode.type !== AST_NODE_TYPES.ClassDeclaration && classNode.type !== AST_NODE_TYPES.ClassExpression))
    return [];
  // A call spells the name a second time (or a constant does, for `this[key]()`): a method named once has none, and
  // the index of the file's member calls takes a walk of the whole tree.
  if (!writtenTwice(sourceCode.text, name)) return [];
  const candidates = memberCallIndex(sourceCode).get(name) ?? [];
  return candidates.filter((call) => classOfReceiver(sourceCode, (call.callee as TSESTree.MemberExpression).object) === classNode);
}

function writtenTwice(text: string, name: string): boolean {
  const first = text.indexOf(name);
  return first >= 0 && text.includes(name, first + name.length);
}

/** Every `x.name(...)` call in the file, by `name`: built once per file. */
function memberCallIndex(sourceCode: SourceCode): Map<string, TSESTree.CallExpression[]> {
  return callIndexes.get(sourceCode, indexMemberCalls);
}

function indexMemberCalls(sourceCode: SourceCode): Map<string, TSESTree.CallExpression[]> {
  const built = new Map<string, TSESTree.CallExpression[]>();
  forEachFileNode(sourceCode, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const name = staticPropertyName(node.callee);
    if (name === undefined) return;
    const calls = built.get(name);
    if (calls) calls.push(node);
    else built.set(name, [node]);
  });
  return built;
}

function enclosingClass(node: TSESTree.Node): ClassNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) return current;
  }
  return undefined;
}

/** The class of `this.<name>`: a typed parameter property or class property, or one assigned `new C()` in the constructor. */
function propertyClass(sourceCode: SourceCode, owner: ClassNode, name: string): ClassNode | undefined {
  for (const member of owner.body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && staticPropertyName(member) === name) {
      const annotated = annotatedClass(sourceCode, member);
      if (annotated) return annotated;
      const value = member.value ? unwrapExpression(member.value) : undefined;
      if (value?.type === AST_NODE_TYPES.NewExpression) return localClassNamed(sourceCode, value.callee);
    }
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
      for (const parameter of member.value.params) {
        if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
        const inner = parameter.parameter;
        const bound = inner.type === AST_NODE_TYPES.AssignmentPattern ? inner.left : inner;
        if (bound.type === AST_NODE_TYPES.Identifier && bound.name === name) return annotatedClass(sourceCode, bound);
      }
    }
  }
  return undefined;
}

function annotatedClass(sourceCode: SourceCode, node: TSESTree.Node): ClassNode | undefined {
  const annotation = 'typeAnnotation' in node ? (node.typeAnnotation as TSESTree.TSTypeAnnotation | undefined)?.typeAnnotation : undefined;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  return localClassNamed(sourceCode, annotation.typeName);
}

function localClassNamed(sourceCode: SourceCode, name: TSESTree.Node): ClassNode | undefined {
  if (name.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(name), name.name);
  const definition = variable?.defs.find((candidate) => candidate.type === TSESLint.Scope.DefinitionType.ClassName);
  const node = definition?.node;
  return node?.type === AST_NODE_TYPES.ClassDeclaration || node?.type === AST_NODE_TYPES.ClassExpression ? node : undefined;
}
