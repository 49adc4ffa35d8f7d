import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode } from './local-functions';
import { isGlobalIdentifier } from './module-references';
import { staticPropertyName, unwrapExpression } from './static-values';

const { DefinitionType } = TSESLint.Scope;

/** Where a value comes from the incoming HTTP request: `source` is the code that reads it, e.g. `req.query`. */
export interface RequestInput {
  node: TSESTree.Node;
  source: string;
}

/** Express / Fastify / Koa (`ctx.query`, `ctx.params`, `ctx.request.body`) request containers. */
const REQUEST_CONTAINERS = new Set(['query', 'params', 'body']);
/** Fetch-API request bodies: `await request.json()` in Next.js route handlers, Hono, Workers. */
const BODY_READERS = new Set(['json', 'formData', 'text']);
/** Calls that hand their argument's value through: `String(x)`, `decodeURIComponent(x)`, `new URL(x)`. */
const PASS_THROUGH_FUNCTIONS = new Set(['String', 'decodeURIComponent', 'decodeURI', 'URL']);
/** Methods whose result still carries the receiver's data: `params.get("u")`, `s.trim()`. */
const PASS_THROUGH_METHODS = new Set(['get', 'getAll', 'toString', 'trim', 'toLowerCase', 'valueOf']);

const MAX_DEPTH = 8;

type Scope = TSESLint.Scope.Scope;

/**
 * The request input a value is read from inside the handler that received the request:
 * `req.query.url`, `const { url } = req.body`, `ctx.request.body.target`, `request.nextUrl.searchParams.get("u")`,
 * `new URL(request.url).searchParams.get("u")`, `(await req.json()).url`, and templates or concatenations
 * that contain one. The request object is any parameter of an enclosing function; nothing is guessed from names.
 */
export function findRequestInput(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): RequestInput | undefined {
  return visit(unwrapExpression(node), 0);

  function visit(current: TSESTree.Node, depth: number): RequestInput | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const next = (child: TSESTree.Node | null | undefined) => (child ? visit(unwrapExpression(child), depth + 1) : undefined);
    switch (current.type) {
      case AST_NODE_TYPES.MemberExpression:
        return containerRead(current) ?? next(current.object);
      case AST_NODE_TYPES.Identifier:
        return fromBinding(current, depth);
      case AST_NODE_TYPES.AwaitExpression:
        return bodyRead(current) ?? next(current.argument);
      case AST_NODE_TYPES.TemplateLiteral:
        return firstOf(current.expressions, next);
      case AST_NODE_TYPES.BinaryExpression:
        return current.operator === '+' ? (next(current.left) ?? next(current.right)) : undefined;
      case AST_NODE_TYPES.LogicalExpression:
        return next(current.left) ?? next(current.right);
      case AST_NODE_TYPES.ConditionalExpression:
        return next(current.consequent) ?? next(current.alternate);
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.CallExpression:
        return throughCall(current, next);
      default:
        return undefined;
    }
  }

  function fromBinding(identifier: TSESTree.Identifier, depth: number): RequestInput | undefined {
    const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!definition) return undefined;
    if (definition.type === DefinitionType.Parameter) return destructuredParameter(identifier, definition.name);
    if (definition.type !== DefinitionType.Variable || !definition.node.init) return undefined;
    const declarator = definition.node;
    const init = declarator.init;
    if (!init) return undefined;
    if (declarator.id.type === AST_NODE_TYPES.Identifier) return visit(unwrapExpression(init), depth + 1);
    const key = declarator.id.type === AST_NODE_TYPES.ObjectPattern ? patternKey(declarator.id, identifier.name) : undefined;
    // `const { url } = req.query` reads a container; `const { query } = req` is the container itself.
    if (key !== undefined && REQUEST_CONTAINERS.has(key) && isRequestObject(init)) {
      return { node: init, source: `${sourceCode.getText(init)}.${key}` };
    }
    if (key === 'searchParams' && isRequestUrl(init)) return { node: init, source: `${sourceCode.getText(init)}.searchParams` };
    return visit(unwrapExpression(init), depth + 1);
  }

  /** `({ query }) => ...`: the handler destructures the container out of its request parameter. */
  function destructuredParameter(identifier: TSESTree.Identifier, declared: TSESTree.Node): RequestInput | undefined {
    const property = declared.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.parent.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
    if (!isFunctionNode(property.parent.parent)) return undefined;
    const key = staticPropertyName(property);
    return key !== undefined && REQUEST_CONTAINERS.has(key) ? { node: identifier, source: key } : undefined;
  }

  function containerRead(member: TSESTree.MemberExpression): RequestInput | undefined {
    const name = staticPropertyName(member, scopeOf(member));
    if (name === undefined) return undefined;
    const object = unwrapExpression(member.object);
    if (REQUEST_CONTAINERS.has(name) && isRequestObject(object)) return { node: member, source: sourceCode.getText(member) };
    if (name === 'searchParams' && isRequestUrl(object)) return { node: member, source: sourceCode.getText(member) };
    return undefined;
  }

  /** A request parameter, or Koa's `ctx.request`. */
  function isRequestObject(node: TSESTree.Node): boolean {
    const object = unwrapExpression(node);
    if (isParameter(object)) return true;
    return (
      object.type === AST_NODE_TYPES.MemberExpression &&
      staticPropertyName(object, scopeOf(object)) === 'request' &&
      isParameter(unwrapExpression(object.object))
    );
  }

  /** `request.nextUrl`, `new URL(request.url)`, or a const holding the latter. */
  function isRequestUrl(node: TSESTree.Node): boolean {
    let object = unwrapExpression(node);
    if (object.type === AST_NODE_TYPES.Identifier) object = initializerOf(object) ?? object;
    if (object.type === AST_NODE_TYPES.MemberExpression) {
      return staticPropertyName(object, scopeOf(object)) === 'nextUrl' && isParameter(unwrapExpression(object.object));
    }
    if (object.type !== AST_NODE_TYPES.NewExpression || !isGlobalIdentifier(sourceCode, object.callee, 'URL')) return false;
    const first = object.arguments[0];
    const href = first && unwrapExpression(first);
    return (
      href?.type === AST_NODE_TYPES.MemberExpression &&
      staticPropertyName(href, scopeOf(href)) === 'url' &&
      isParameter(unwrapExpression(href.object))
    );
  }

  function bodyRead(awaited: TSESTree.AwaitExpression): RequestInput | undefined {
    const call = unwrapExpression(awaited.argument);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = staticPropertyName(call.callee, scopeOf(call));
    if (method === undefined || !BODY_READERS.has(method) || !isRequestObject(call.callee.object)) return undefined;
    return { node: awaited, source: sourceCode.getText(awaited) };
  }

  function throughCall(
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    next: (child: TSESTree.Node | undefined) => RequestInput | undefined,
  ): RequestInput | undefined {
    const callee = unwrapExpression(call.callee);
    if (
      callee.type === AST_NODE_TYPES.Identifier &&
      PASS_THROUGH_FUNCTIONS.has(callee.name) &&
      isGlobalIdentifier(sourceCode, callee, callee.name)
    ) {
      return next(call.arguments[0]);
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = staticPropertyName(callee, scopeOf(callee));
      if (method !== undefined && PASS_THROUGH_METHODS.has(method)) return next(callee.object);
    }
    return undefined;
  }

  function isParameter(node: TSESTree.Node): boolean {
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = ASTUtils.findVariable(scopeOf(node), node);
    return (
      variable?.defs.some((definition) => {
        if (definition.type !== DefinitionType.Parameter) return false;
        const holder = definition.name.parent;
        // A whole parameter (`req`, `req = {}`), not a name destructured out of one.
        return isFunctionNode(holder) || (holder?.type === AST_NODE_TYPES.AssignmentPattern && isFunctionNode(holder.parent));
      }) ?? false
    );
  }

  function initializerOf(identifier: TSESTree.Identifier): TSESTree.Node | undefined {
    const variable = ASTUtils.findVariable(scopeOf(identifier), identifier);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type !== DefinitionType.Variable || definition.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
    return definition.node.init ? unwrapExpression(definition.node.init) : undefined;
  }

  function scopeOf(node: TSESTree.Node): Scope {
    return sourceCode.getScope(node);
  }
}

function firstOf<T>(nodes: readonly TSESTree.Node[], visit: (node: TSESTree.Node) => T | undefined): T | undefined {
  for (const node of nodes) {
    const found = visit(node);
    if (found !== undefined) return found;
  }
  return undefined;
}

function patternKey(pattern: TSESTree.ObjectPattern, localName: string): string | undefined {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value.type === AST_NODE_TYPES.Identifier && value.name === localName) return staticPropertyName(property);
  }
  return undefined;
}
