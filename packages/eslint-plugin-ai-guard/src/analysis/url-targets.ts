import { ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { returnedExpressions } from './local-functions';
import { isGlobalIdentifier } from './module-references';
import { effectiveOption, type OutgoingRequest } from './outgoing-requests';
import { AST_NODE_TYPES } from './node-types';
import { requestMember, requestModel, type RequestInput, type RequestValue } from './request-model';
import { isNullish, resolveValue, staticPropertyName, staticString, unwrapExpression } from './static-values';
import { calledFunction, createValueFlow, type FlowContext, type FlowDomain, type ValueFlow } from './value-flow';
import { FileMemo } from './file-memo';

type SourceCode = Readonly<TSESLint.SourceCode>;
const { DefinitionType, ScopeType } = TSESLint.Scope;

/**
 * Who picks the host a request goes to:
 * - `request`: the client that sent the request being handled (`fetch(req.query.url)`, `` `https://${host}/x` ``);
 * - `request-path`: client data only after a host the code fixes (`` `https://api.example.com/users/${id}` ``);
 * - `fixed`: the code or its deployment configuration;
 * - `variable`: something else the file does not show (a parameter, a database row);
 * - `unknown`: the call cannot be read (a lone config object, a fetch `Request`, unreadable defaults).
 */
export type UrlTarget =
  | { kind: 'request'; source: string; value: RequestInput }
  | { kind: 'request-path'; source: string }
  | { kind: 'fixed' }
  | { kind: 'variable' }
  | { kind: 'unknown' };

/** Client data placed after a host the code fixes: it can change the path or query, not the server. */
interface PathInput {
  kind: 'path-input';
  source: string;
}

type UrlValue = RequestValue | PathInput;

const flows = new FileMemo<ValueFlow<UrlValue>>();

/** The URL flow of a file: the request model's, with concatenations judged by where the client's part lands. */
export function urlFlow(sourceCode: SourceCode): ValueFlow<UrlValue> {
  return flows.get(sourceCode, buildUrlFlow);
}

function buildUrlFlow(sourceCode: SourceCode): ValueFlow<UrlValue> {
  return createValueFlow(sourceCode, urlDomain(sourceCode));
}

function urlDomain(sourceCode: SourceCode): FlowDomain<UrlValue> {
  const request = requestModel(sourceCode).domain;
  const asRequest = (context: FlowContext<UrlValue>) => context as unknown as FlowContext<RequestValue>;
  return {
    parameter: (fn, index, context) => request.parameter?.(fn, index, asRequest(context)),
    member: (value, key, node, context) => {
      if (value.kind === 'path-input') return key === 'length' ? undefined : value;
      return requestMember(value, key, node, asRequest(context));
    },
    method: (receiver, name, call, context) => {
      if (receiver.kind === 'path-input') return NON_DATA_METHODS.has(name) ? undefined : receiver;
      return request.method?.(receiver, name, call, asRequest(context));
    },
    call: (call, context) => request.call?.(call, asRequest(context)),
    join: (values, node, context) => joinUrlParts(sourceCode, values, node, context),
  };
}

const NON_DATA_METHODS = new Set([
  'includes',
  'startsWith',
  'endsWith',
  'test',
  'has',
  'indexOf',
  'lastIndexOf',
  'search',
  'localeCompare',
]);

/** A placeholder for a part of a URL the code decides but this file cannot spell out (`BASE`, `this.baseUrl`). */
const DECIDED = '\uE000';

function joinUrlParts(
  sourceCode: SourceCode,
  values: readonly UrlValue[],
  node: TSESTree.Node,
  context: FlowContext<UrlValue>,
): UrlValue | undefined {
  if (node.type === AST_NODE_TYPES.TemplateLiteral || (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+')) {
    let prefix = '';
    for (const part of urlParts(node)) {
      if (typeof part === 'string') {
        prefix += part;
        continue;
      }
      const value = context.valueOf(part);
      if (value?.kind === 'input') return prefixFixesHost(prefix) ? { kind: 'path-input', source: value.source } : value;
      if (value?.kind === 'path-input') return prefix === '' || prefixFixesHost(prefix) ? value : { kind: 'input', source: value.source };
      const text = value === undefined ? staticString(part, sourceCode.getScope(part)) : undefined;
      prefix += text ?? DECIDED;
    }
    return values.find((value) => value.kind === 'own-url');
  }
  return (
    values.find((value) => value.kind === 'input') ??
    values.find((value) => value.kind === 'path-input') ??
    values.find((value) => value.kind === 'own-url') ??
    (values.length === 1 ? values[0] : undefined)
  );
}

/** `https://host/`, a relative path, a query, or a part the code decides followed by anything but `://`. */
function prefixFixesHost(prefix: string): boolean {
  if (/^[a-z][a-z\d+.-]*:\/\/[^/?#\s@\uE000]+[/?#]/i.test(prefix)) return true;
  if (/^(?:\/(?!\/)|\.{1,2}\/|[?#])/.test(prefix)) return true;
  return prefix.startsWith(DECIDED) && !/^\uE000[^/?#]*:\/\//.test(prefix);
}

function urlParts(node: TSESTree.Node): (string | TSESTree.Node)[] {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    const parts: (string | TSESTree.Node)[] = [];
    for (const [index, quasi] of node.quasis.entries()) {
      parts.push(quasi.value.cooked ?? '');
      const expression = node.expressions[index];
      if (expression) parts.push(expression);
    }
    return parts;
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    return [...urlParts(unwrapExpression(node.left)), ...urlParts(unwrapExpression(node.right))];
  }
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return [node.value];
  return [node];
}

export interface TargetOptions {
  /** Treat hosts from deployment configuration (`process.env`, imports, module consts, `this.baseUrl`) as fixed. */
  trustConfiguredHosts: boolean;
}

/** Who picks the host of one outgoing request, its client's base URL option included. */
export function urlTarget(sourceCode: SourceCode, request: OutgoingRequest, options: TargetOptions): UrlTarget {
  const { url, client } = request;
  if (isFetchRequestParameter(sourceCode, url)) return { kind: 'unknown' };
  const flow = urlFlow(sourceCode);
  const value = flow.valueOf(url);
  const base = client.base ? effectiveOption(sourceCode, request.sources, client.base.path) : ({ kind: 'absent' } as const);
  if (base.kind === 'present' && !isNullish(base.value)) {
    const baseValue = flow.valueOf(base.value);
    if (baseValue?.kind === 'input') return { kind: 'request', source: baseValue.source, value: baseValue };
    // An absolute URL replaces axios's and ofetch's `baseURL`; got's `prefixUrl` always comes first.
    if (client.base?.absoluteWins && value?.kind === 'input') return { kind: 'request', source: value.source, value };
    if (value?.kind === 'input' || value?.kind === 'path-input') return { kind: 'request-path', source: value.source };
    return hostIsFixed(sourceCode, base.value, options, 0) ? { kind: 'fixed' } : { kind: 'variable' };
  }
  if (value?.kind === 'input') return { kind: 'request', source: value.source, value };
  if (value?.kind === 'path-input') return { kind: 'request-path', source: value.source };
  if (request.ambiguous || base.kind === 'unknown') return { kind: 'unknown' };
  if (value?.kind === 'own-url') return { kind: 'fixed' };
  return hostIsFixed(sourceCode, url, options, 0) ? { kind: 'fixed' } : { kind: 'variable' };
}

/** A parameter typed as a fetch `Request` carries its own `redirect` mode and URL. */
function isFetchRequestParameter(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  const current = unwrapExpression(node);
  if (current.type !== AST_NODE_TYPES.Identifier) return false;
  const definition = ASTUtils.findVariable(sourceCode.getScope(current), current)?.defs[0];
  if (definition?.type !== DefinitionType.Parameter) return false;
  const annotation = definition.name.type === AST_NODE_TYPES.Identifier ? definition.name.typeAnnotation?.typeAnnotation : undefined;
  return (
    annotation?.type === AST_NODE_TYPES.TSTypeReference &&
    annotation.typeName.type === AST_NODE_TYPES.Identifier &&
    annotation.typeName.name === 'Request'
  );
}

const MAX_DEPTH = 8;

/**
 * True when the scheme and host are fixed when the code is written (or, with `trustConfiguredHosts`, deployed):
 * literals, consts, templates and concatenations whose leading part names the host, relative paths,
 * `new URL(path, FIXED)`, a const table of fixed URLs, a local URL builder whose every return is fixed, and
 * configuration (`process.env`, imported bindings, module consts, `this.baseUrl`). A must-analysis, unlike the
 * value flow: every way the value can be built has to fix the host.
 */
export function hostIsFixed(sourceCode: SourceCode, node: TSESTree.Node, options: TargetOptions, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const current = unwrapExpression(node);
  const scope = sourceCode.getScope(current);
  if (staticString(current, scope) !== undefined) return true;
  const recurse = (next: TSESTree.Node) => hostIsFixed(sourceCode, next, options, depth + 1);
  switch (current.type) {
    case AST_NODE_TYPES.Identifier: {
      const resolved = resolveValue(current, scope);
      if (resolved !== current) return recurse(resolved);
      return (
        (options.trustConfiguredHosts && isConfiguredBinding(sourceCode, current)) || isAppendOnlyFixed(sourceCode, current, options, depth)
      );
    }
    case AST_NODE_TYPES.MemberExpression:
      return memberHostIsFixed(sourceCode, current, options, depth);
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.BinaryExpression:
      return (
        (current.type === AST_NODE_TYPES.TemplateLiteral || current.operator === '+') &&
        leadingPartFixesHost(sourceCode, urlParts(current), options, depth)
      );
    case AST_NODE_TYPES.LogicalExpression:
      return recurse(current.left) && recurse(current.right);
    case AST_NODE_TYPES.ConditionalExpression:
      return recurse(current.consequent) && recurse(current.alternate);
    case AST_NODE_TYPES.AwaitExpression:
      return recurse(current.argument);
    case AST_NODE_TYPES.NewExpression: {
      if (!isGlobalIdentifier(sourceCode, current.callee, 'URL')) return false;
      const [input, base] = current.arguments;
      if (!input || input.type === AST_NODE_TYPES.SpreadElement) return false;
      if (recurse(input)) return true;
      // An absolute first argument replaces the base, so a base fixes only a first argument that is a path.
      return (
        base !== undefined &&
        base.type !== AST_NODE_TYPES.SpreadElement &&
        recurse(base) &&
        urlFlow(sourceCode).valueOf(input)?.kind !== 'input'
      );
    }
    case AST_NODE_TYPES.CallExpression:
      return callHostIsFixed(sourceCode, current, options, depth);
    default:
      return false;
  }
}

function memberHostIsFixed(sourceCode: SourceCode, member: TSESTree.MemberExpression, options: TargetOptions, depth: number): boolean {
  const scope = sourceCode.getScope(member);
  const name = staticPropertyName(member, scope);
  if (name === 'href') return hostIsFixed(sourceCode, member.object, options, depth + 1);
  const resolved = resolveValue(member, scope);
  if (resolved !== member) return hostIsFixed(sourceCode, resolved, options, depth + 1);
  const root = rootOf(member);
  if (
    options.trustConfiguredHosts &&
    (isEnvironmentRead(member) || isConfiguredBinding(sourceCode, root) || root.type === AST_NODE_TYPES.ThisExpression)
  ) {
    return true;
  }
  // `ENDPOINTS[name]` over a const table whose every entry is a fixed URL.
  const table = resolveValue(member.object, scope);
  return (
    member.computed &&
    table.type === AST_NODE_TYPES.ObjectExpression &&
    table.properties.length > 0 &&
    table.properties.every(
      (property) => property.type === AST_NODE_TYPES.Property && hostIsFixed(sourceCode, property.value, options, depth + 1),
    )
  );
}

function callHostIsFixed(sourceCode: SourceCode, call: TSESTree.CallExpression, options: TargetOptions, depth: number): boolean {
  const callee = unwrapExpression(call.callee);
  const scope = sourceCode.getScope(call);
  const first = call.arguments[0];
  if (
    callee.type === AST_NODE_TYPES.Identifier &&
    ['String', 'encodeURI'].includes(callee.name) &&
    isGlobalIdentifier(sourceCode, callee, callee.name)
  ) {
    return first !== undefined && first.type !== AST_NODE_TYPES.SpreadElement && hostIsFixed(sourceCode, first, options, depth + 1);
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && ['toString', 'toJSON'].includes(staticPropertyName(callee, scope) ?? '')) {
    return hostIsFixed(sourceCode, callee.object, options, depth + 1);
  }
  // A URL builder declared in this file: fixed when everything it returns is.
  const fn = calledFunction(sourceCode, call.callee);
  if (!fn || depth > 2) return false;
  const returned = returnedExpressions(fn, { nested: true });
  return returned.length > 0 && returned.every((expression) => hostIsFixed(sourceCode, expression, options, depth + 2));
}

/** Leading static text decides the host, or a configured base comes first and a path follows. */
function leadingPartFixesHost(
  sourceCode: SourceCode,
  parts: readonly (string | TSESTree.Node)[],
  options: TargetOptions,
  depth: number,
): boolean {
  let prefix = '';
  for (const [index, part] of parts.entries()) {
    if (prefixFixesHost(prefix)) return true;
    if (typeof part === 'string') {
      prefix += part;
      continue;
    }
    const text = staticString(part, sourceCode.getScope(part));
    if (text !== undefined) {
      prefix += text;
      continue;
    }
    const firstExpression = parts.findIndex((candidate) => typeof candidate !== 'string');
    return prefix === '' && index === firstExpression && hostIsFixed(sourceCode, part, options, depth + 1);
  }
  return true;
}

/** Imports and module-level consts hold configuration, not request data. */
function isConfiguredBinding(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!definition) return false;
  if (definition.type === DefinitionType.ImportBinding) return true;
  const scopeType = variable?.scope.type;
  return (
    definition.type === DefinitionType.Variable &&
    definition.parent.kind === 'const' &&
    (scopeType === ScopeType.module || scopeType === ScopeType.global)
  );
}

/** `let url = BASE + "/x"; url += "?q=" + q;`: only appended to, so the host stays. */
function isAppendOnlyFixed(sourceCode: SourceCode, identifier: TSESTree.Identifier, options: TargetOptions, depth: number): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== DefinitionType.Variable || !definition.node.init || !variable) return false;
  const appendsOnly = variable.references.every(
    (reference) =>
      reference.init ||
      !reference.isWrite() ||
      (reference.identifier.parent.type === AST_NODE_TYPES.AssignmentExpression && reference.identifier.parent.operator === '+='),
  );
  return appendsOnly && hostIsFixed(sourceCode, definition.node.init, options, depth + 1);
}

function isEnvironmentRead(member: TSESTree.MemberExpression): boolean {
  const object = unwrapExpression(member.object);
  if (object.type !== AST_NODE_TYPES.MemberExpression) return false;
  const owner = unwrapExpression(object.object);
  if (staticPropertyName(object) !== 'env') return false;
  // `process.env.API_URL`, `import.meta.env.VITE_API_URL`.
  return (owner.type === AST_NODE_TYPES.Identifier && owner.name === 'process') || owner.type === AST_NODE_TYPES.MetaProperty;
}

function rootOf(member: TSESTree.MemberExpression): TSESTree.Node {
  let current: TSESTree.Node = member;
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrapExpression(current.object);
  return current;
}
