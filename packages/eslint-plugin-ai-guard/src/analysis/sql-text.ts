import { ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { callSitesOf, isFunctionNode, type FunctionNode } from './local-functions';
import { TEXT_FORMATTERS } from '../libraries/sql';
import { findModuleReferences, isGlobalIdentifier } from './module-references';
import { requestMember, requestModel, type RequestValue } from './request-model';
import { AST_NODE_TYPES } from './node-types';
import { isNullish, unwrapExpression } from './static-values';
import {
  createValueFlow,
  memberKey,
  OPAQUE,
  parameterName,
  type Answer,
  type FlowContext,
  type FlowDomain,
  type ValueFlow,
} from './value-flow';
import { FileMemo } from './file-memo';

type SourceCode = Readonly<TSESLint.SourceCode>;
const { DefinitionType } = TSESLint.Scope;

/**
 * Where non-constant data in SQL text comes from:
 * - `request`: the client of the request being handled;
 * - `caller-string`: a parameter (or a member of one) typed as a string, of a function no caller in this file shows;
 * - `caller`: such a parameter without a type, or with a type this file does not spell out;
 * - `row`: a value read from another query's result.
 */
export type SqlOrigin = 'request' | 'caller-string' | 'caller' | 'row';

/** One place where data joins SQL text: `at` is the expression written into it. */
export interface DataUse {
  readonly origin: SqlOrigin;
  readonly source: string;
  readonly at: TSESTree.Node;
  /** The data lands inside a quoted SQL literal (`'${x}'`, `"' + x + '"`). */
  readonly quoted: boolean;
  /** That literal is a value compared with or stored in a column (`= '${x}'`, `LIKE '%${x}%'`, `IN ('${x}')`, `VALUES ('${x}')`). */
  readonly compared: boolean;
}

/** Data that is not constant and has not met SQL text yet. */
export interface SqlData {
  readonly kind: 'data';
  readonly origin: Exclude<SqlOrigin, 'request'>;
  readonly source: string;
  /** The declared type, for members of typed parameters (`filters.status`). */
  readonly type?: TSESTree.TypeNode;
}

/**
 * What the SQL flow knows about a value:
 * - the request model's values (`input` is client data);
 * - `text`: constant text (literals, consts, placeholders, fragments built from constants only); `\uE000` marks a part
 *   the code decides but this file does not spell out (a number, an import, `this.table`);
 * - `data`: a non-constant value;
 * - `built`: text with data joined into it, and where.
 */
export type SqlValue =
  | RequestValue
  | { readonly kind: 'text'; readonly text: string }
  | SqlData
  | { readonly kind: 'built'; readonly text: string; readonly uses: readonly DataUse[] };

export type BuiltSql = Extract<SqlValue, { kind: 'built' }>;

/** A part of a text the code decides without spelling it out here. */
export const DECIDED = '\uE000';
/** A part of a text that is data. */
export const DATA = '\uE001';
const MAX_USES = 8;

/** Methods of a string or array whose result carries no text (a boolean, a number). */
const NON_TEXT_METHODS = new Set([
  'includes',
  'startsWith',
  'endsWith',
  'test',
  'has',
  'indexOf',
  'lastIndexOf',
  'search',
  'localeCompare',
  'every',
  'some',
  'findIndex',
  'toFixed',
  'getTime',
  'charCodeAt',
]);
/** Text methods whose arguments end up in the result: `sql.replace(":id", id)`, `sql.concat(where)`. */
const JOINING_METHODS = new Set(['replace', 'replaceAll', 'concat']);
/** Globals whose result carries their first argument (`Object.entries(filters)`, `JSON.stringify(body)`). */
const PASS_THROUGH: Readonly<Record<string, ReadonlySet<string>>> = {
  Object: new Set(['entries', 'keys', 'values', 'freeze', 'assign', 'fromEntries']),
  JSON: new Set(['stringify']),
  Array: new Set(['from', 'of']),
};
/** Globals that always produce a number or a boolean. */
const NUMERIC_GLOBALS = new Set(['Number', 'parseInt', 'parseFloat', 'Boolean', 'isNaN', 'BigInt']);

const flows = new FileMemo<ValueFlow<SqlValue>>();

/** The SQL-text flow of a file; `queryCalls` are the calls whose results are rows of another query. */
export function sqlFlow(sourceCode: SourceCode, queryCalls: ReadonlySet<TSESTree.Node>): ValueFlow<SqlValue> {
  return flows.get(sourceCode, () => createValueFlow(sourceCode, sqlDomain(sourceCode, queryCalls)));
}

function sqlDomain(sourceCode: SourceCode, queryCalls: ReadonlySet<TSESTree.Node>): FlowDomain<SqlValue> {
  const request = requestModel(sourceCode);
  const asRequest = (context: FlowContext<SqlValue>) => context as unknown as FlowContext<RequestValue>;
  return {
    source: (node) => literalText(node),
    parameter: (fn, index, context) => request.domain.parameter?.(fn, index, asRequest(context)) ?? callerParameter(sourceCode, fn, index),
    member: (value, key, node, context) => memberOf(sourceCode, value, key, node, asRequest(context)),
    method: (receiver, name, call, context) => {
      if (isRequestObject(receiver)) return request.domain.method?.(receiver, name, call, asRequest(context));
      return methodOf(receiver, name, call, context);
    },
    call: (call, context) => {
      if (call.type === AST_NODE_TYPES.TaggedTemplateExpression) return OPAQUE;
      if (queryCalls.has(call)) return { kind: 'data', origin: 'row', source: shortText(sourceCode, call) };
      if (call.type === AST_NODE_TYPES.CallExpression && formatterCalls(sourceCode).has(call)) return formatted(call, context);
      const known = globalCall(sourceCode, call, context);
      if (known !== undefined) return known;
      return request.domain.call?.(call, asRequest(context));
    },
    join: (values, node, context) => joinValues(sourceCode, values, node, context),
    branch: (value, test, whenTrue, context) => (checks(test, whenTrue, value, context) ? undefined : value),
  };
}

function isRequestObject(value: SqlValue): value is Exclude<RequestValue, { kind: 'input' }> {
  return value.kind === 'request' || value.kind === 'headers' || value.kind === 'cookies' || value.kind === 'own-url';
}

function literalText(node: TSESTree.Node): Answer<SqlValue> {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' ? { kind: 'text', text: node.value } : OPAQUE;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return { kind: 'text', text: node.quasis[0]?.value.cooked ?? '' };
  }
  if (node.type === AST_NODE_TYPES.UnaryExpression || node.type === AST_NODE_TYPES.UpdateExpression) return OPAQUE;
  return undefined;
}

function memberOf(
  sourceCode: SourceCode,
  value: SqlValue,
  key: string | undefined,
  node: TSESTree.Node,
  context: FlowContext<RequestValue>,
): SqlValue | undefined {
  switch (value.kind) {
    case 'text':
      return key === 'length' ? undefined : value;
    case 'built':
      return key === 'length' ? undefined : value;
    case 'input':
      return key === 'length' ? undefined : value;
    case 'data': {
      if (key === 'length') return undefined;
      if (value.origin === 'row') return value;
      const source = extendedSource(value.source, key);
      const type = value.type ? memberType(sourceCode, value.type, key) : undefined;
      return dataOfType(sourceCode, type, source, value.type === undefined ? 'caller' : undefined);
    }
    default:
      return requestMember(value, key, node, context);
  }
}

/** `filters.status` for the `status` of `filters`; a destructured parameter has no name of its own. */
function extendedSource(source: string, key: string | undefined): string {
  if (key === undefined || !/^[\w$]+$/.test(key) || source.endsWith(`.${key}`) || source === key) return source;
  return source ? `${source}.${key}` : key;
}

/** String and array methods whose result still carries the receiver's text. */
const TEXT_METHODS = new Set([
  'trim',
  'trimStart',
  'trimEnd',
  'toLowerCase',
  'toUpperCase',
  'toLocaleLowerCase',
  'toLocaleUpperCase',
  'toString',
  'normalize',
  'slice',
  'substring',
  'substr',
  'padStart',
  'padEnd',
  'split',
  'join',
  'concat',
  'replace',
  'replaceAll',
  'at',
  'filter',
  'flat',
  'sort',
  'reverse',
  'map',
  'flatMap',
  'find',
  'pop',
  'shift',
  'repeat',
]);

function methodOf(receiver: SqlValue, name: string, call: TSESTree.CallExpression, context: FlowContext<SqlValue>): SqlValue | undefined {
  if (NON_TEXT_METHODS.has(name)) return undefined;
  // A caller's object has methods of its own (`driver.escape(name)`): only text methods keep its data.
  if (receiver.kind === 'data' && !TEXT_METHODS.has(name)) return undefined;
  if (name === 'map' || name === 'flatMap') {
    const callback = call.arguments[0];
    const fn = callback && isFunctionNode(unwrapExpression(callback)) ? (unwrapExpression(callback) as FunctionNode) : undefined;
    if (!fn) return receiver;
    const returned = fn.body.type === AST_NODE_TYPES.BlockStatement ? returnedOf(fn.body) : [fn.body];
    return union(returned.flatMap((expression) => maybe(context.valueOf(expression))));
  }
  if ((receiver.kind === 'text' || receiver.kind === 'built') && JOINING_METHODS.has(name)) {
    const parts: JoinPart[] = [{ value: receiver, node: call }];
    const [pattern, ...rest] = call.arguments;
    const added = name === 'concat' ? call.arguments : rest;
    const at = name === 'concat' ? receiver.text.length : patternIndex(receiver.text, pattern);
    for (const argument of added) {
      if (argument.type === AST_NODE_TYPES.SpreadElement || isFunctionNode(argument)) continue;
      parts.push({ value: context.valueOf(argument), node: argument, position: literalAt(receiver.text, at) });
    }
    return concatenate(parts);
  }
  return receiver;
}

function returnedOf(body: TSESTree.BlockStatement): TSESTree.Node[] {
  return body.body.flatMap((statement) =>
    statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument ? [statement.argument] : [],
  );
}

function patternIndex(text: string, pattern: TSESTree.Node | undefined): number {
  if (pattern?.type === AST_NODE_TYPES.Literal && typeof pattern.value === 'string') {
    const index = text.indexOf(pattern.value);
    if (index >= 0) return index;
  }
  return text.length;
}

const formatterSets = new FileMemo<ReadonlySet<TSESTree.Node>>();

function formatterCalls(sourceCode: SourceCode): ReadonlySet<TSESTree.Node> {
  return formatterSets.get(sourceCode, collectFormatterCalls);
}

function collectFormatterCalls(sourceCode: SourceCode): ReadonlySet<TSESTree.Node> {
  return new Set(findModuleReferences(sourceCode, TEXT_FORMATTERS).map((reference) => reference.node));
}

/** `util.format("... '%s'", x)`: the values fill the format's slots in order. */
function formatted(call: TSESTree.CallExpression, context: FlowContext<SqlValue>): SqlValue | undefined {
  const [format, ...values] = call.arguments;
  const pattern = format && format.type !== AST_NODE_TYPES.SpreadElement ? context.valueOf(format) : undefined;
  if (pattern?.kind !== 'text') return undefined;
  const pieces = pattern.text.split(/%[sdifjoOc]/);
  const parts: JoinPart[] = [];
  pieces.forEach((piece, index) => {
    parts.push({ value: { kind: 'text', text: piece }, node: call });
    const value = values[index];
    if (index < pieces.length - 1 && value && value.type !== AST_NODE_TYPES.SpreadElement)
      parts.push({ value: context.valueOf(value), node: value });
  });
  return concatenate(parts);
}

function globalCall(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  context: FlowContext<SqlValue>,
): Answer<SqlValue> {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier && NUMERIC_GLOBALS.has(callee.name) && isGlobalIdentifier(sourceCode, callee))
    return OPAQUE;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const owner = unwrapExpression(callee.object);
  const method = memberKey(callee);
  if (owner.type !== AST_NODE_TYPES.Identifier || method === undefined || !isGlobalIdentifier(sourceCode, owner)) return undefined;
  if (owner.name === 'Math' || owner.name === 'Date') return OPAQUE;
  if (owner.name === 'util' || !PASS_THROUGH[owner.name]?.has(method)) return undefined;
  return union(
    call.arguments.flatMap((argument) => (argument.type === AST_NODE_TYPES.SpreadElement ? [] : maybe(context.valueOf(argument)))),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Joining: concatenation builds text, every other join is a choice between values.

interface JoinPart {
  value: SqlValue | undefined;
  node: TSESTree.Node;
  /** Overrides the literal state computed from the text before the part. */
  position?: LiteralPosition;
}

function joinValues(
  sourceCode: SourceCode,
  values: readonly SqlValue[],
  node: TSESTree.Node,
  context: FlowContext<SqlValue>,
): SqlValue | undefined {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    const parts: JoinPart[] = [];
    node.quasis.forEach((quasi, index) => {
      parts.push({ value: { kind: 'text', text: quasi.value.cooked ?? '' }, node: quasi });
      const expression = node.expressions[index];
      if (expression) parts.push({ value: context.valueOf(expression), node: expression });
    });
    return concatenate(parts);
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    return concatenate(plusOperands(node).map((operand) => ({ value: context.valueOf(operand), node: operand })));
  }
  if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '+=') {
    const right = context.valueOf(node.right);
    return concatenate(values.map((value) => ({ value, node: value === right ? node.right : node.left })));
  }
  return union(values);
}

function plusOperands(node: TSESTree.Node): TSESTree.Node[] {
  const current = unwrapExpression(node);
  if (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
    return [...plusOperands(current.left), ...plusOperands(current.right)];
  }
  return [current];
}

/** Text joined from parts: constant when every part is, built when data meets text, plain data when no text is involved. */
export function concatenate(parts: readonly JoinPart[]): SqlValue | undefined {
  let text = '';
  let hasText = false;
  const uses: DataUse[] = [];
  const data: SqlValue[] = [];
  for (const { value, node, position } of parts) {
    if (value === undefined) {
      text += DECIDED;
      continue;
    }
    switch (value.kind) {
      case 'text':
        text += value.text;
        hasText ||= value.text.length > 0;
        break;
      case 'built': {
        const outer = position ?? literalAt(text, text.length);
        for (const use of value.uses) uses.push({ ...use, quoted: use.quoted || outer.quoted, compared: use.compared || outer.compared });
        text += value.text;
        hasText = true;
        break;
      }
      case 'input':
      case 'own-url':
      case 'data': {
        const origin = value.kind === 'data' ? value.origin : 'request';
        const source = value.kind === 'input' ? value.source : value.kind === 'data' ? value.source : (value.text ?? 'request URL');
        uses.push({ origin, source, at: node, ...(position ?? literalAt(text, text.length)) });
        data.push(value);
        text += DATA;
        break;
      }
      default:
        text += DECIDED;
    }
  }
  if (uses.length === 0) return { kind: 'text', text };
  if (!hasText) return union(data);
  return { kind: 'built', text, uses: uses.slice(0, MAX_USES) };
}

const ORIGIN_RANK: Record<SqlOrigin, number> = { request: 0, 'caller-string': 1, caller: 2, row: 3 };

/** One of several values: built text wins, then the data most likely to be an attacker's, then text. */
function union(values: readonly SqlValue[]): SqlValue | undefined {
  const built = values.filter((value): value is BuiltSql => value.kind === 'built');
  if (built.length > 0) {
    const first = built[0] as BuiltSql;
    return built.length === 1 ? first : { kind: 'built', text: first.text, uses: built.flatMap((value) => value.uses).slice(0, MAX_USES) };
  }
  let best: SqlValue | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const value of values) {
    const rank = value.kind === 'input' || value.kind === 'own-url' ? 0 : value.kind === 'data' ? ORIGIN_RANK[value.origin] : Number.NaN;
    if (rank < bestRank) {
      best = value;
      bestRank = rank;
    }
  }
  return best ?? values.find((value) => value.kind === 'text') ?? values[0];
}

function maybe(value: SqlValue | undefined): SqlValue[] {
  return value === undefined ? [] : [value];
}

/**
 * Whether position `index` of SQL text is inside a quoted literal: an odd number of `'` before it, or of `"`
 * outside single quotes (a MySQL string, a PostgreSQL identifier).
 */
export function quotedAt(text: string, index: number): boolean {
  return openQuote(text, index) >= 0;
}

/** Where the quoted literal open at `index` starts, or -1. */
function openQuote(text: string, index: number): number {
  let open = -1;
  let quote = '';
  for (let position = 0; position < index && position < text.length; position++) {
    const char = text[position] ?? '';
    if (open < 0 && (char === "'" || char === '"')) {
      open = position;
      quote = char;
    } else if (open >= 0 && char === quote) {
      open = -1;
    }
  }
  return open;
}

interface LiteralPosition {
  quoted: boolean;
  compared: boolean;
}

/** Text before a quoted literal that makes it a value: a comparison, `LIKE`, an `IN (...)` or `VALUES (...)` list. */
const VALUE_BEFORE = /(?:[=<>]|\b(?:i?like|then|else)|\b(?:in|values)\s*\((?:[^()]*,)?)\s*$/i;

export function literalAt(text: string, index: number): LiteralPosition {
  const open = openQuote(text, index);
  return { quoted: open >= 0, compared: open >= 0 && VALUE_BEFORE.test(text.slice(0, open)) };
}

// ---------------------------------------------------------------------------------------------------------------
// Parameters: what a function's callers may pass, when no caller in this file shows it.

function callerParameter(sourceCode: SourceCode, fn: FunctionNode, index: number): SqlValue | undefined {
  const parent = fn.parent;
  // A callback handed to a library receives what the library passes, not a caller's text.
  if (
    (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
    parent.arguments.some((argument) => argument === fn)
  ) {
    return undefined;
  }
  const request = requestModel(sourceCode);
  if (fn.params.some((_, other) => other !== index && request.parameter(fn, other) !== undefined)) return undefined;
  if (callSitesOf(sourceCode, fn).length > 0) return undefined;
  const parameter = fn.params[index];
  if (!parameter) return undefined;
  const bound = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
  const target = bound.type === AST_NODE_TYPES.AssignmentPattern ? bound.left : bound;
  const annotation = 'typeAnnotation' in target ? target.typeAnnotation?.typeAnnotation : undefined;
  const name = parameterName(parameter)?.name ?? '';
  if (!annotation && bound.type === AST_NODE_TYPES.AssignmentPattern) {
    const fallback = unwrapExpression(bound.right);
    if (fallback.type === AST_NODE_TYPES.Literal && typeof fallback.value !== 'string') return undefined;
  }
  return dataOfType(sourceCode, annotation, name, 'caller');
}

type TypeClass = 'number' | 'string' | 'object' | 'unknown';

/** Data of a declared type: nothing for numbers, booleans and literal unions; `caller-string` for strings. */
function dataOfType(
  sourceCode: SourceCode,
  type: TSESTree.TypeNode | undefined,
  source: string,
  untyped: 'caller' | undefined,
): SqlData | undefined {
  if (!type) return untyped ? { kind: 'data', origin: untyped, source } : undefined;
  const kind = classifyType(sourceCode, type, 0);
  if (kind === 'number') return undefined;
  return { kind: 'data', origin: kind === 'string' ? 'caller-string' : 'caller', source, type };
}

function classifyType(sourceCode: SourceCode, type: TSESTree.TypeNode, depth: number): TypeClass {
  if (depth > 4) return 'unknown';
  switch (type.type) {
    case AST_NODE_TYPES.TSStringKeyword:
      return 'string';
    case AST_NODE_TYPES.TSNumberKeyword:
    case AST_NODE_TYPES.TSBigIntKeyword:
    case AST_NODE_TYPES.TSBooleanKeyword:
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.TSNullKeyword:
    case AST_NODE_TYPES.TSUndefinedKeyword:
    case AST_NODE_TYPES.TSVoidKeyword:
      return 'number';
    case AST_NODE_TYPES.TSArrayType:
      return classifyType(sourceCode, type.elementType, depth + 1);
    case AST_NODE_TYPES.TSTypeLiteral:
      return 'object';
    case AST_NODE_TYPES.TSUnionType: {
      const kinds = type.types.map((member) => classifyType(sourceCode, member, depth + 1));
      if (kinds.includes('string')) return 'string';
      if (kinds.every((kind) => kind === 'number')) return 'number';
      return kinds.includes('unknown') ? 'unknown' : 'object';
    }
    case AST_NODE_TYPES.TSTypeReference: {
      if (type.typeName.type !== AST_NODE_TYPES.Identifier) return 'unknown';
      const name = type.typeName.name;
      const argument = type.typeArguments?.params[0];
      if ((name === 'Array' || name === 'ReadonlyArray' || name === 'Set') && argument)
        return classifyType(sourceCode, argument, depth + 1);
      if (name === 'Date') return 'number';
      const declaration = localType(sourceCode, type.typeName);
      if (declaration?.type === AST_NODE_TYPES.TSEnumDeclaration) return 'number';
      if (declaration?.type === AST_NODE_TYPES.TSTypeAliasDeclaration)
        return classifyType(sourceCode, declaration.typeAnnotation, depth + 1);
      return declaration ? 'object' : 'unknown';
    }
    default:
      return 'unknown';
  }
}

type TypeDeclaration =
  TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeAliasDeclaration | TSESTree.ClassDeclaration | TSESTree.TSEnumDeclaration;

function localType(sourceCode: SourceCode, name: TSESTree.Identifier): TypeDeclaration | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(name), name);
  for (const definition of variable?.defs ?? []) {
    const node = definition.node;
    if (
      node.type === AST_NODE_TYPES.TSInterfaceDeclaration ||
      node.type === AST_NODE_TYPES.TSTypeAliasDeclaration ||
      node.type === AST_NODE_TYPES.ClassDeclaration ||
      node.type === AST_NODE_TYPES.TSEnumDeclaration
    ) {
      return node;
    }
    if (definition.type === DefinitionType.ImportBinding) return undefined;
  }
  return undefined;
}

/** The declared type of `key` on a value of `type`, when this file declares it. */
function memberType(sourceCode: SourceCode, type: TSESTree.TypeNode, key: string | undefined): TSESTree.TypeNode | undefined {
  if (key === undefined) return undefined;
  if (type.type === AST_NODE_TYPES.TSArrayType) return /^\d+$/.test(key) ? type.elementType : undefined;
  if (type.type === AST_NODE_TYPES.TSTypeLiteral) return propertyType(type.members, key);
  if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
  const declaration = localType(sourceCode, type.typeName);
  switch (declaration?.type) {
    case AST_NODE_TYPES.TSInterfaceDeclaration:
      return propertyType(declaration.body.body, key);
    case AST_NODE_TYPES.TSTypeAliasDeclaration:
      return memberType(sourceCode, declaration.typeAnnotation, key);
    case AST_NODE_TYPES.ClassDeclaration:
      for (const member of declaration.body.body) {
        if (member.type === AST_NODE_TYPES.PropertyDefinition && member.key.type === AST_NODE_TYPES.Identifier && member.key.name === key) {
          return member.typeAnnotation?.typeAnnotation;
        }
      }
      return undefined;
    default:
      return undefined;
  }
}

function propertyType(members: readonly TSESTree.TypeElement[], key: string): TSESTree.TypeNode | undefined {
  for (const member of members) {
    if (member.type === AST_NODE_TYPES.TSPropertySignature && member.key.type === AST_NODE_TYPES.Identifier && member.key.name === key) {
      return member.typeAnnotation?.typeAnnotation;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Allowlist checks: `ALLOWED.includes(x) ? x : "id"`, `if (!ALLOWED.has(sort)) return`, `switch (sort) { case ... }`.

/** Whether `test` checks a value against something fixed, so `value` on the passing branch is one of a known set. */
function checks(test: TSESTree.Node, whenTrue: boolean, value: SqlValue, context: FlowContext<SqlValue>): boolean {
  const current = unwrapExpression(test);
  if (current.type === AST_NODE_TYPES.UnaryExpression && current.operator === '!')
    return checks(current.argument, !whenTrue, value, context);
  if (!whenTrue) return false;
  return checkedExpressions(current).some((checked) => sameValue(context.valueOf(checked), value));
}

function sameValue(a: SqlValue | undefined, b: SqlValue): boolean {
  if (a === b) return true;
  if (a?.kind !== b.kind) return false;
  if (a.kind === 'data' && b.kind === 'data') return a.source === b.source && a.origin === b.origin;
  return a.kind === 'input' && b.kind === 'input' && a.source === b.source;
}

/**
 * Whether the identifier `at` was checked against something fixed before it is used: inside
 * `if (ALLOWED.includes(sort)) { ... }` or a `switch (sort)` case, or after `if (!ALLOWED.has(sort)) return ...;`.
 */
export function checkedBefore(sourceCode: SourceCode, at: TSESTree.Node): boolean {
  const target = unwrapExpression(at);
  // `${sort || 'id'}`, `${dir ? dir : 'ASC'}`: every part that is not a literal has to be checked.
  if (target.type === AST_NODE_TYPES.LogicalExpression)
    return [target.left, target.right].every((part) => literalOrChecked(sourceCode, part));
  if (target.type === AST_NODE_TYPES.ConditionalExpression) {
    return [target.consequent, target.alternate].every((part) => literalOrChecked(sourceCode, part));
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
  if (!variable) return false;
  return variable.references.some((reference) => {
    const read = reference.identifier;
    if (read === target || read.range[0] > target.range[0]) return false;
    let child: TSESTree.Node = read;
    for (let parent: TSESTree.Node | undefined = read.parent; parent; child = parent, parent = parent.parent) {
      if (parent.type === AST_NODE_TYPES.IfStatement && parent.test === child) return ifChecks(parent, read, target);
      if (parent.type === AST_NODE_TYPES.SwitchStatement && parent.discriminant === child) {
        return unwrapExpression(child) === read && parent.cases.some((switchCase) => contains(switchCase, target));
      }
      if (isFunctionNode(parent) || parent.type.endsWith('Statement') || parent.type === AST_NODE_TYPES.VariableDeclarator) return false;
    }
    return false;
  });
}

function literalOrChecked(sourceCode: SourceCode, part: TSESTree.Node): boolean {
  return unwrapExpression(part).type === AST_NODE_TYPES.Literal || checkedBefore(sourceCode, part);
}

function ifChecks(statement: TSESTree.IfStatement, read: TSESTree.Node, target: TSESTree.Node): boolean {
  if (checkedWhen(statement.test, true).includes(read) && contains(statement.consequent, target)) return true;
  if (checkedWhen(statement.test, false).includes(read)) {
    if (statement.alternate && contains(statement.alternate, target)) return true;
    return exits(statement.consequent) && statement.range[1] <= target.range[0];
  }
  return false;
}

/** The expressions a test has checked against something fixed once it evaluates to `truth`. */
function checkedWhen(test: TSESTree.Node, truth: boolean): TSESTree.Node[] {
  const current = unwrapExpression(test);
  if (current.type === AST_NODE_TYPES.UnaryExpression && current.operator === '!') return checkedWhen(current.argument, !truth);
  if (current.type === AST_NODE_TYPES.BinaryExpression && (current.operator === '!==' || current.operator === '!=')) {
    return truth ? [] : comparedWithLiteral(current);
  }
  if (current.type === AST_NODE_TYPES.LogicalExpression && current.operator === (truth ? '||' : '&&')) {
    // `a !== "x" && a !== "y"` is false only when `a` is one of them; `sort && !ALLOWED.has(sort)` when `sort` is empty or allowed.
    const left = [...checkedWhen(current.left, truth), ...(truth ? [] : presenceTested(current.left))];
    const right = [...checkedWhen(current.right, truth), ...(truth ? [] : presenceTested(current.right))];
    return [...left, ...right].filter((node) => left.some((one) => sameText(node, one)) && right.some((other) => sameText(node, other)));
  }
  return truth ? checkedExpressions(current) : [];
}

/** `x`, `x != null`, `x !== undefined`: a test that fails only when `x` is empty. */
function presenceTested(test: TSESTree.Node): TSESTree.Node[] {
  const current = unwrapExpression(test);
  if (current.type === AST_NODE_TYPES.Identifier) return [current];
  if (current.type === AST_NODE_TYPES.BinaryExpression && (current.operator === '!=' || current.operator === '!==')) {
    if (isNullish(current.right)) return [current.left];
    if (isNullish(current.left)) return [current.right];
  }
  return [];
}

function sameText(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const left = unwrapExpression(a);
  const right = unwrapExpression(b);
  return left.type === AST_NODE_TYPES.Identifier && right.type === AST_NODE_TYPES.Identifier && left.name === right.name;
}

function exits(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (statement.type !== AST_NODE_TYPES.BlockStatement) return false;
  const last = statement.body[statement.body.length - 1];
  return last !== undefined && exits(last);
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** The expressions a test compares with something fixed: `LIST.includes(x)`, `SET.has(x)`, `x in MAP`, `/re/.test(x)`, `x === "a"`. */
export function checkedExpressions(test: TSESTree.Node): TSESTree.Node[] {
  const current = unwrapExpression(test);
  if (current.type === AST_NODE_TYPES.LogicalExpression && current.operator === '&&') {
    return [...checkedExpressions(current.left), ...checkedExpressions(current.right)];
  }
  if (current.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrapExpression(current.callee);
    const [first] = current.arguments;
    if (callee.type === AST_NODE_TYPES.MemberExpression && first && first.type !== AST_NODE_TYPES.SpreadElement) {
      const method = memberKey(callee);
      if (method === 'includes' || method === 'has' || method === 'test' || method === 'hasOwnProperty') return [first];
      if (method === 'hasOwn' && current.arguments[1] && current.arguments[1].type !== AST_NODE_TYPES.SpreadElement)
        return [current.arguments[1]];
    }
    return [];
  }
  if (current.type === AST_NODE_TYPES.BinaryExpression) {
    if (current.operator === 'in') return [current.left];
    if (current.operator === '===' || current.operator === '==') return comparedWithLiteral(current);
  }
  return [];
}

/** `x === "asc"`: the side compared with a literal that is not empty or null. */
function comparedWithLiteral(comparison: TSESTree.BinaryExpression): TSESTree.Node[] {
  const literal = (node: TSESTree.Node) => node.type === AST_NODE_TYPES.Literal && node.value !== null && node.value !== '';
  if (literal(comparison.right)) return [comparison.left];
  if (literal(comparison.left)) return [comparison.right];
  return [];
}

const STATEMENT =
  /^(?:select\s|insert\s+into\s|update\s+\S+\s+set\s|delete\s+from\s|with\s+(?:recursive\s+)?\S+\s+as\s*\(|replace\s+into\s|merge\s+into\s|create\s|alter\s|drop\s|truncate\s|pragma\s|call\s|exec\s|execute\s|grant\s|revoke\s|show\s|describe\s|explain\s|vacuum|analyze\s|copy\s|set\s+\S+\s*(?:=|to\s))/i;

/** Whether text begins like a whole SQL statement, after leading whitespace, comments and parentheses. */
export function isStatement(text: string): boolean {
  const start = text.replace(/^(?:\s+|\(|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
  return STATEMENT.test(start);
}

export function shortText(sourceCode: SourceCode, node: TSESTree.Node): string {
  const text = sourceCode.getText(node).replace(/\s+/g, ' ');
  return text.length > 50 ? `${text.slice(0, 47)}...` : text;
}
