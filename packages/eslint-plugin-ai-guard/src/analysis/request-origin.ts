/**
 * The request's `Origin` header and the checks made on it. The Origin itself comes from the request model (a request
 * input with `header: "origin"`, through bindings, helpers and destructuring), or from a parameter the caller seeds
 * (a CORS library's origin function). A check is judged by what it lets through (`analysis/origin-patterns.ts`):
 * an exact allowlist, a loose one that an attacker-registered origin passes, or a test that only asks whether an
 * Origin was sent at all.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { RequestApi } from '../libraries/frameworks';
import { isFunctionNode, returnedExpressions, type FunctionNode } from './local-functions';
import { isGlobalIdentifier } from './module-references';
import { AST_NODE_TYPES } from './node-types';
import { looseOriginPattern, looseStringCheck, isNullOrigin, describePatternFlaw, type OriginPart } from './origin-patterns';
import { joinRequestValues, requestMember, requestModel, type RequestValue } from './request-model';
import { readArrayElements, resolveValue, staticString, staticValue, unwrapExpression } from './static-values';
import {
  calledFunction,
  createValueFlow,
  memberKey,
  OPAQUE,
  type Answer,
  type FlowContext,
  type FlowDomain,
  type ValueFlow,
} from './value-flow';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A check on the Origin that an attacker-registered origin passes: the check, and one such origin. */
export interface LooseCheck {
  node: TSESTree.Node;
  example: string;
  /** How the check fails, for checks that are patterns (`has no \`$\` anchor, ...`). */
  flaw?: string;
}

/** The request's Origin (or its host); `loose` when it is used only after a check that does not check. */
export interface OriginValue {
  kind: 'origin';
  part: OriginPart;
  source: string;
  loose?: LooseCheck;
}

/**
 * What a test says about the Origin when it holds:
 * - `exact`: the Origin is one the code lists (an allowlist, an equality, an anchored pattern, a helper it cannot see);
 * - `loose`: a check an attacker's origin passes (`origin.endsWith("example.com")`);
 * - `absent`: no Origin was sent (`!origin`), so nothing is echoed;
 * - `none`: nothing about the Origin (`isProduction`, `if (origin)`).
 */
export type OriginTest = { kind: 'exact' } | { kind: 'absent' } | { kind: 'none' } | ({ kind: 'loose' } & LooseCheck);

/** What an origin function's parameter holds, seeded by the CORS library that calls it. */
export type OriginSeed = 'origin' | RequestApi;

export interface OriginAnalysis {
  /** The Origin an expression carries where it is written, unless only an exact check (or no Origin at all) lets it get there. */
  reachingOrigin(node: TSESTree.Node): OriginValue | undefined;
  /** The Origin an expression carries, checked or not. */
  originOf(node: TSESTree.Node): OriginValue | undefined;
  /** The checks that must pass before `node` runs: enclosing tests, earlier exits. */
  guardAt(node: TSESTree.Node): OriginTest;
  /** What `test` says about the Origin when it evaluates to `polarity`. */
  judge(test: TSESTree.Node, polarity: boolean): OriginTest;
}

const EXACT: OriginTest = { kind: 'exact' };
const ABSENT: OriginTest = { kind: 'absent' };
const NONE: OriginTest = { kind: 'none' };
const MAX_DEPTH = 10;
/** Methods of the Origin string that answer a question about it rather than returning text. */
const ORIGIN_QUESTIONS = new Set([
  'includes',
  'startsWith',
  'endsWith',
  'test',
  'indexOf',
  'lastIndexOf',
  'match',
  'search',
  'localeCompare',
]);
const STRING_CHECKS = new Set(['includes', 'startsWith', 'endsWith']);
const LIST_LOOKUPS = new Set(['has', 'includes', 'indexOf', 'lastIndexOf', 'get', 'contains']);
const LIST_PREDICATES = new Set(['some', 'find', 'findIndex', 'findLast', 'filter', 'every']);
const HOST_KEYS = new Set(['hostname', 'host']);

type Value = RequestValue | OriginValue;

/**
 * The Origin analysis of one file. `seeds` names the parameters CORS libraries fill: the origin an origin function
 * receives, or the request object it is handed (Koa's `ctx`, Elysia's `request`).
 */
export function originAnalysis(
  sourceCode: SourceCode,
  seeds: ReadonlyMap<FunctionNode, readonly (OriginSeed | undefined)[]>,
): OriginAnalysis {
  const request = requestModel(sourceCode).domain;
  const asRequest = (context: FlowContext<Value>) => context as unknown as FlowContext<RequestValue>;
  const guards = new Map<TSESTree.Node, OriginTest>();

  const seeded = (fn: FunctionNode, index: number): Value | undefined => {
    const seed = seeds.get(fn)?.[index];
    if (seed === undefined) return undefined;
    return seed === 'origin' ? { kind: 'origin', part: 'origin', source: 'origin' } : { kind: 'request', api: seed };
  };

  const domain = (guarded: boolean): FlowDomain<Value> => ({
    source: guarded ? (node) => guardedSource(node) : undefined,
    parameter: (fn, index, context) => seeded(fn, index) ?? asOrigin(request.parameter?.(fn, index, asRequest(context))),
    member: (value, key, node, context) => {
      if (value.kind === 'origin') return originMember(value, key);
      return asOrigin(requestMember(value, key, node, asRequest(context)));
    },
    method: (receiver, name, call, context) => {
      if (receiver.kind === 'origin') return ORIGIN_QUESTIONS.has(name) ? undefined : receiver;
      return asOrigin(request.method?.(receiver, name, call, asRequest(context)));
    },
    call: (call, context) => {
      const answer = request.call?.(call, asRequest(context)) as Answer<Value>;
      return answer === OPAQUE ? OPAQUE : asOrigin(answer);
    },
    join: (values, node) => joinOrigins(values) ?? joinRequestValues(values.filter(isRequestValue), node),
    branch: guarded ? (value, test, whenTrue) => branchValue(value, test, whenTrue) : undefined,
  });

  const subject: ValueFlow<Value> = createValueFlow(sourceCode, domain(false));
  const reach: ValueFlow<Value> = createValueFlow(sourceCode, domain(true));

  const originOf = (node: TSESTree.Node): OriginValue | undefined => {
    const value = subject.valueOf(node);
    return value?.kind === 'origin' ? value : undefined;
  };

  function guardedSource(node: TSESTree.Node): Answer<Value> {
    const value = originOf(node);
    if (!value) return undefined;
    const guard = guardAt(node);
    if (guard.kind === 'exact' || guard.kind === 'absent') return OPAQUE;
    if (guard.kind === 'loose') return { ...value, loose: looseOf(guard) };
    return undefined;
  }

  function branchValue(value: Value, test: TSESTree.Node, whenTrue: boolean): Value | undefined {
    if (value.kind !== 'origin') return value;
    const verdict = judge(test, whenTrue);
    if (verdict.kind === 'exact' || verdict.kind === 'absent') return undefined;
    return verdict.kind === 'loose' ? { ...value, loose: value.loose ?? looseOf(verdict) } : value;
  }

  function guardAt(node: TSESTree.Node): OriginTest {
    const known = guards.get(node);
    if (known) return known;
    let verdict = NONE;
    let child: TSESTree.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      verdict = both(verdict, enclosingTest(parent, child));
      if (verdict.kind === 'exact') break;
    }
    guards.set(node, verdict);
    return verdict;
  }

  function enclosingTest(parent: TSESTree.Node, child: TSESTree.Node): OriginTest {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === child) return NONE;
        return judge(parent.test, parent.consequent === child);
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.right !== child || parent.operator === '??') return NONE;
        return judge(parent.left, parent.operator === '&&');
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.Program:
        return earlierExits(parent.body, child);
      case AST_NODE_TYPES.SwitchCase:
        return earlierExits(parent.consequent, child);
      case AST_NODE_TYPES.SwitchStatement:
        return parent.discriminant !== child && originOf(parent.discriminant) ? EXACT : NONE;
      default:
        return NONE;
    }
  }

  /** `if (!allowed.has(origin)) return ...` before `node`: the code after it runs only when the test is false. */
  function earlierExits(statements: readonly TSESTree.Node[], child: TSESTree.Node): OriginTest {
    let verdict = NONE;
    const index = statements.indexOf(child);
    for (const statement of statements.slice(0, Math.max(index, 0))) {
      if (statement.type !== AST_NODE_TYPES.IfStatement) continue;
      if (exits(statement.consequent)) verdict = both(verdict, judge(statement.test, false));
      else if (statement.alternate && exits(statement.alternate)) verdict = both(verdict, judge(statement.test, true));
    }
    return verdict;
  }

  function judge(test: TSESTree.Node, polarity: boolean): OriginTest {
    return judgeAt(test, polarity, new Map(), 0);
  }

  /** `bindings` gives a list predicate's parameter the element it stands for (`allowed.some((d) => origin.endsWith(d))`). */
  function judgeAt(test: TSESTree.Node, polarity: boolean, bindings: Bindings, depth: number): OriginTest {
    if (depth > MAX_DEPTH) return NONE;
    const node = unwrapExpression(test);
    const next = (inner: TSESTree.Node, innerPolarity = polarity) => judgeAt(inner, innerPolarity, bindings, depth + 1);
    switch (node.type) {
      case AST_NODE_TYPES.UnaryExpression:
        return node.operator === '!' ? next(node.argument, !polarity) : NONE;
      case AST_NODE_TYPES.AwaitExpression:
        return next(node.argument);
      case AST_NODE_TYPES.LogicalExpression: {
        if (node.operator === '??') return NONE;
        // `a && b` holds when both hold; `a || b` fails when both fail.
        const conjunction = (node.operator === '&&') === polarity;
        const left = next(node.left);
        const right = next(node.right);
        return conjunction ? both(left, right) : either(left, right);
      }
      case AST_NODE_TYPES.BinaryExpression:
        return binaryTest(node, polarity, bindings, depth);
      case AST_NODE_TYPES.CallExpression:
        return callTest(node, polarity, bindings, depth);
      case AST_NODE_TYPES.MemberExpression:
        if (node.computed && originOf(node.property)) return EXACT;
        return truthiness(node, polarity);
      case AST_NODE_TYPES.Identifier: {
        if (originOf(node)) return polarity ? NONE : ABSENT;
        // `const allowed = ALLOWED.has(origin); if (!allowed) return ...`
        const resolved = resolveValue(node, sourceCode.getScope(node));
        return resolved !== node ? next(resolved) : NONE;
      }
      default:
        return NONE;
    }
  }

  function truthiness(node: TSESTree.Node, polarity: boolean): OriginTest {
    return originOf(node) && !polarity ? ABSENT : NONE;
  }

  function binaryTest(node: TSESTree.BinaryExpression, polarity: boolean, bindings: Bindings, depth: number): OriginTest {
    const { operator } = node;
    if (operator === 'in') return originOf(node.left) ? EXACT : NONE;
    const sides: [TSESTree.Node, TSESTree.Node] = [unwrapExpression(node.left), unwrapExpression(node.right)];
    const indexed = indexComparison(sides, operator);
    if (indexed) return callTest(indexed.call, indexed.found === polarity, bindings, depth, indexed.method);
    if (!['===', '==', '!==', '!='].includes(operator)) return NONE;
    const holds = operator.startsWith('!') ? !polarity : polarity;
    for (const [subjectSide, other] of [sides, [sides[1], sides[0]] as const]) {
      if (subjectSide.type === AST_NODE_TYPES.UnaryExpression && subjectSide.operator === 'typeof' && originOf(subjectSide.argument)) {
        return staticString(other, sourceCode.getScope(other)) === 'undefined' && holds ? ABSENT : NONE;
      }
      const origin = originOf(subjectSide);
      if (!origin) continue;
      if (isEmpty(other)) return holds ? ABSENT : NONE;
      const text = staticString(bound(other, bindings), sourceCode.getScope(other));
      const example = text === undefined ? undefined : looseStringCheck('equals', text, origin.part);
      return example && holds ? { kind: 'loose', node, example } : EXACT;
    }
    return NONE;
  }

  /**
   * `origin.indexOf(x) !== -1` (found), `=== -1` (not found), `=== 0` (starts with), `list.indexOf(origin) > -1`.
   * Undefined when the comparison is not an index test.
   */
  function indexComparison(
    sides: [TSESTree.Node, TSESTree.Node],
    operator: string,
  ): { call: TSESTree.CallExpression; found: boolean; method?: string } | undefined {
    const [left, right] = sides;
    const call = [left, right].find(
      (side): side is TSESTree.CallExpression =>
        side.type === AST_NODE_TYPES.CallExpression &&
        side.callee.type === AST_NODE_TYPES.MemberExpression &&
        ['indexOf', 'lastIndexOf', 'search'].includes(memberKey(side.callee) ?? ''),
    );
    if (!call) return undefined;
    const other = call === left ? right : left;
    const constant = staticValue(other, sourceCode.getScope(other))?.value;
    if (typeof constant !== 'number') return undefined;
    // Normalise to `call <op> constant`.
    const flipped = call === right ? ({ '<': '>', '>': '<', '<=': '>=', '>=': '<=' } as Record<string, string>)[operator] : undefined;
    const op = flipped ?? operator;
    if (constant === 0 && (op === '===' || op === '==')) return { call, found: true, method: 'startsWith' };
    if (constant === -1 && (op === '!==' || op === '!=' || op === '>')) return { call, found: true };
    if (constant === -1 && (op === '===' || op === '==' || op === '<=')) return { call, found: false };
    if (constant === 0 && (op === '>=' || op === '<')) return { call, found: op === '>=' };
    return undefined;
  }

  function callTest(call: TSESTree.CallExpression, polarity: boolean, bindings: Bindings, depth: number, asMethod?: string): OriginTest {
    const callee = unwrapExpression(call.callee);
    const [first] = call.arguments;
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberKey(callee) ?? '';
      const receiver = callee.object;
      const origin = originOf(receiver);
      if (origin) return originMethodTest(call, origin, asStringCheck(name, asMethod), polarity, bindings);
      const argumentOrigin = first && first.type !== AST_NODE_TYPES.SpreadElement ? originOf(first) : undefined;
      if ((name === 'test' || name === 'exec') && argumentOrigin)
        return patternTest(call, bound(receiver, bindings), argumentOrigin, polarity);
      if (argumentOrigin && LIST_LOOKUPS.has(name)) return listLookup(call, receiver, polarity);
      if (LIST_PREDICATES.has(name) && first && first.type !== AST_NODE_TYPES.SpreadElement) {
        const predicate = listPredicate(receiver, first, polarity, depth);
        if (predicate) return predicate;
      }
    }
    const originArguments = call.arguments.filter((argument) => argument.type !== AST_NODE_TYPES.SpreadElement && originOf(argument));
    if (originArguments.length === 0) return NONE;
    if (
      callee.type === AST_NODE_TYPES.Identifier &&
      isGlobalIdentifier(sourceCode, callee) &&
      ['Boolean', 'String'].includes(callee.name)
    ) {
      return truthiness(originArguments[0] ?? call, polarity);
    }
    const helper = calledFunction(sourceCode, callee);
    if (helper && depth < 3) return helperTest(helper, polarity, depth);
    // A function this file cannot see was handed the Origin: take it for an allowlist.
    return EXACT;
  }

  function originMethodTest(
    call: TSESTree.CallExpression,
    origin: OriginValue,
    method: string,
    polarity: boolean,
    bindings: Bindings,
  ): OriginTest {
    const [first] = call.arguments;
    if (!first || first.type === AST_NODE_TYPES.SpreadElement) return NONE;
    const argument = bound(first, bindings);
    if (method === 'match') return patternTest(call, argument, origin, polarity);
    if (method === 'localeCompare') return EXACT;
    if (!STRING_CHECKS.has(method)) return truthiness(call, polarity);
    const text = staticString(argument, sourceCode.getScope(first));
    if (text === undefined) {
      // A substring test admits a longer host whatever the allowed value is; a prefix or suffix depends on it.
      return method === 'includes'
        ? oriented({ kind: 'loose', node: call, example: 'https://<allowed origin>.attacker.net' }, polarity)
        : EXACT;
    }
    const example = looseStringCheck(method as 'includes' | 'startsWith' | 'endsWith', text, origin.part);
    return example ? oriented({ kind: 'loose', node: call, example }, polarity) : EXACT;
  }

  function patternTest(call: TSESTree.CallExpression, pattern: TSESTree.Node, origin: OriginValue, polarity: boolean): OriginTest {
    const regex = regexOf(sourceCode, pattern);
    if (!regex) return EXACT;
    const flaw = looseOriginPattern(regex.source, regex.flags, origin.part);
    return flaw ? oriented({ kind: 'loose', node: call, example: flaw.example, flaw: describePatternFlaw(flaw) }, polarity) : EXACT;
  }

  /** `allowed.includes(origin)`, `ALLOWED.has(origin)`: exact, unless the list admits the `null` origin. */
  function listLookup(call: TSESTree.CallExpression, list: TSESTree.Node, polarity: boolean): OriginTest {
    const elements = listElements(sourceCode, list);
    const admitsNull = elements?.some((element) => isNullOrigin(staticString(element, sourceCode.getScope(element)) ?? ''));
    return admitsNull ? oriented({ kind: 'loose', node: call, example: 'null' }, polarity) : EXACT;
  }

  /** `allowed.some((domain) => origin.endsWith(domain))`: the predicate judged once per listed element. */
  function listPredicate(list: TSESTree.Node, callback: TSESTree.Node, polarity: boolean, depth: number): OriginTest | undefined {
    const fn = unwrapExpression(callback);
    if (!isFunctionNode(fn)) return undefined;
    const parameter = fn.params[0];
    const bodies = returnedExpressions(fn, { nested: true });
    if (parameter?.type !== AST_NODE_TYPES.Identifier || bodies.length === 0) return undefined;
    const elements = listElements(sourceCode, list) ?? [undefined];
    let verdict = NONE;
    for (const element of elements) {
      const bindings: Bindings = element ? new Map([[parameter.name, element]]) : new Map();
      for (const body of bodies) verdict = either(verdict, judgeAt(body, polarity, bindings, depth + 1));
    }
    return verdict.kind === 'none' ? undefined : verdict;
  }

  /** A local helper given the Origin (`isAllowedOrigin(origin)`): what its returned tests check. */
  function helperTest(fn: FunctionNode, polarity: boolean, depth: number): OriginTest {
    let verdict = NONE;
    let returnsTests = false;
    for (const returned of returnedExpressions(fn, { nested: true })) {
      const result = judgeAt(returned, polarity, new Map(), depth + 1);
      if (result.kind !== 'none') returnsTests = true;
      verdict = either(verdict, result);
    }
    return returnsTests ? verdict : EXACT;
  }

  return {
    reachingOrigin(node) {
      const value = reach.valueOf(node);
      return value?.kind === 'origin' ? value : undefined;
    },
    originOf,
    guardAt,
    judge,
  };
}

type Bindings = ReadonlyMap<string, TSESTree.Node>;

/** `origin.indexOf(x)` compared with `-1` asks `includes`, with `0` asks `startsWith`; `search` asks what `match` does. */
function asStringCheck(method: string, comparedAs: string | undefined): string {
  if (method === 'indexOf' || method === 'lastIndexOf') return comparedAs ?? 'includes';
  return method === 'search' ? 'match' : method;
}

function bound(node: TSESTree.Node, bindings: Bindings): TSESTree.Node {
  const value = unwrapExpression(node);
  return value.type === AST_NODE_TYPES.Identifier ? (bindings.get(value.name) ?? node) : node;
}

function isRequestValue(value: Value): value is RequestValue {
  return value.kind !== 'origin';
}

function asOrigin(value: Value | undefined): Value | undefined {
  if (value?.kind === 'input' && value.header === 'origin') return { kind: 'origin', part: 'origin', source: value.source };
  return value;
}

function originMember(value: OriginValue, key: string | undefined): Value | undefined {
  if (key === 'length') return undefined;
  return key !== undefined && HOST_KEYS.has(key) ? { ...value, part: 'host' } : value;
}

/** An unchecked Origin wins over a loosely checked one, and either over the rest. */
function joinOrigins(values: readonly Value[]): OriginValue | undefined {
  const origins = values.filter((value): value is OriginValue => value.kind === 'origin');
  return origins.find((value) => !value.loose && value.part === 'origin') ?? origins.find((value) => value.part === 'origin') ?? origins[0];
}

function looseOf(test: Extract<OriginTest, { kind: 'loose' }>): LooseCheck {
  return { node: test.node, example: test.example, flaw: test.flaw };
}

/** A check that holds only when the test is false (`if (origin.includes("evil")) return`) is a denylist, not an allowlist. */
function oriented(test: OriginTest, polarity: boolean): OriginTest {
  return test.kind === 'loose' && !polarity ? NONE : test;
}

/** Both tests hold: the stricter one decides. */
function both(a: OriginTest, b: OriginTest): OriginTest {
  for (const kind of ['exact', 'loose', 'absent'] as const) {
    if (a.kind === kind) return a;
    if (b.kind === kind) return b;
  }
  return NONE;
}

/** Either test holds: the looser one decides; a test of nothing (`isDev ||`) is not taken for an open door. */
function either(a: OriginTest, b: OriginTest): OriginTest {
  if (a.kind === 'loose') return a;
  if (b.kind === 'loose') return b;
  if (a.kind === 'exact' || b.kind === 'exact') return EXACT;
  if (a.kind === 'absent' && b.kind === 'absent') return ABSENT;
  return NONE;
}

function isEmpty(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Literal) return value.value === null || value.value === '';
  return value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined';
}

function exits(statement: TSESTree.Statement): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.ContinueStatement:
    case AST_NODE_TYPES.BreakStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement: {
      const last = statement.body[statement.body.length - 1];
      return last !== undefined && exits(last);
    }
    default:
      return false;
  }
}

/** The elements of a listed allowlist: an array literal, or the array a `Set` or `Map` is built from. */
export function listElements(sourceCode: SourceCode, list: TSESTree.Node): TSESTree.Node[] | undefined {
  const scope = sourceCode.getScope(list);
  const resolved = resolveValue(list, scope);
  if (
    resolved.type === AST_NODE_TYPES.NewExpression &&
    resolved.callee.type === AST_NODE_TYPES.Identifier &&
    ['Set', 'Map'].includes(resolved.callee.name) &&
    resolved.arguments[0]
  ) {
    const elements = readArrayElements(resolved.arguments[0], scope);
    if (elements.kind === 'unknown') return undefined;
    // A Map's entries are `[key, value]` pairs: the key is what is looked up.
    return resolved.callee.name === 'Map'
      ? elements.elements.flatMap((entry) =>
          entry.type === AST_NODE_TYPES.ArrayExpression && entry.elements[0] ? [entry.elements[0]] : [],
        )
      : elements.elements;
  }
  const elements = readArrayElements(list, scope);
  return elements.kind === 'array' ? elements.elements : undefined;
}

/** A regular expression written as a literal or `new RegExp("...")` (through consts), with its flags. */
export function regexOf(sourceCode: SourceCode, node: TSESTree.Node): { source: string; flags: string } | undefined {
  const scope = sourceCode.getScope(node);
  const resolved = resolveValue(node, scope);
  if (resolved.type === AST_NODE_TYPES.Literal && 'regex' in resolved)
    return { source: resolved.regex.pattern, flags: resolved.regex.flags };
  if (
    (resolved.type === AST_NODE_TYPES.NewExpression || resolved.type === AST_NODE_TYPES.CallExpression) &&
    isGlobalIdentifier(sourceCode, resolved.callee, 'RegExp')
  ) {
    const [pattern, flags] = resolved.arguments;
    const source = pattern && staticString(pattern, scope);
    const flagText = flags ? staticString(flags, scope) : '';
    return source !== undefined && source !== '' && flagText !== undefined ? { source, flags: flagText } : undefined;
  }
  return undefined;
}
