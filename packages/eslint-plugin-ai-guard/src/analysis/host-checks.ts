import { ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { ADDRESS_CHECKS } from '../libraries/http-clients';
import { forEachNode } from './ast-walk';
import { callSitesOf, enclosingFunction, isFunctionNode, type FunctionNode } from './local-functions';
import { findModuleReferences } from './module-references';
import { AST_NODE_TYPES } from './node-types';
import { unwrapExpression } from './static-values';
import { urlFlow } from './url-targets';
import { calledFunction, memberKey, patternPath } from './value-flow';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * What guards a request to a client-chosen URL:
 * - `host`: the parsed host (`new URL(url).hostname`, `.host`, `.origin`) is compared with an allowlist, a constant,
 *   a `switch`, or an anchored pattern, in the request's function or in a local helper it calls first;
 * - `address`: the name is resolved (`dns.lookup`) and the address screened (`ipaddr.js`, `private-ip`, `net.BlockList`);
 * - `raw-string`: only the raw URL string is tested (`url.startsWith("https://good.com")`), which constrains nothing:
 *   `https://good.com@evil.net` passes. `node` is that test.
 */
export type HostCheck = { kind: 'host' } | { kind: 'address' } | { kind: 'raw-string'; node: TSESTree.Node };

const HOST_PARTS = new Set(['hostname', 'host', 'origin']);
const RAW_TESTS = new Set(['startsWith', 'endsWith', 'includes', 'indexOf', 'match', 'search']);
const LOOKUPS = new Set(['has', 'includes', 'indexOf', 'find', 'some', 'test']);
const TEXT_METHODS = new Set(['toLowerCase', 'toUpperCase', 'trim', 'toString', 'normalize']);

/** The strongest check that guards `request`, whose URL carries the client data read at `source`. */
export function hostCheckFor(sourceCode: SourceCode, request: TSESTree.CallExpression, source: string): HostCheck | undefined {
  const checker = new Checker(sourceCode, source);
  const direct = checker.guardOf(request);
  if (direct?.kind !== 'raw-string' && direct) return direct;
  // A helper that makes the request is guarded where every caller checked first: `if (!allowed(u)) return; download(u)`.
  const fn = enclosingFunction(request);
  // Only the callers that pass the client's data need the check; one unchecked caller leaves the request unguarded.
  const callers = fn
    ? callSitesOf(sourceCode, fn).filter((call) => call.arguments.some((argument) => checker.carriesClientData(argument)))
    : [];
  const viaCallers = callers.map((call) => checker.guardOf(call));
  if (callers.length > 0 && viaCallers.every((check) => check && check.kind !== 'raw-string')) return viaCallers[0];
  return direct ?? viaCallers.find((check) => check?.kind === 'raw-string');
}

class Checker {
  private readonly helperVerdicts = new Map<FunctionNode, HostCheck | null>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly source: string,
  ) {}

  /** The check that runs before `node` on every path: an enclosing test, an earlier exit, or an earlier helper call. */
  guardOf(node: TSESTree.Node): HostCheck | undefined {
    let found: HostCheck | undefined;
    const consider = (check: HostCheck | undefined) => {
      if (check && (!found || found.kind === 'raw-string')) found = check;
    };
    let child: TSESTree.Node = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      switch (parent.type) {
        case AST_NODE_TYPES.IfStatement:
        case AST_NODE_TYPES.ConditionalExpression:
          if (parent.test !== child) consider(this.checkIn(parent.test));
          break;
        case AST_NODE_TYPES.LogicalExpression:
          if (parent.right === child) consider(this.checkIn(parent.left));
          break;
        case AST_NODE_TYPES.BlockStatement:
        case AST_NODE_TYPES.Program:
          consider(this.earlierStatements(parent.body, child));
          break;
        case AST_NODE_TYPES.SwitchCase:
          consider(this.earlierStatements(parent.consequent, child));
          break;
        case AST_NODE_TYPES.SwitchStatement:
          if (parent.discriminant !== child && this.isHostPart(parent.discriminant)) consider({ kind: 'host' });
          break;
        default:
          break;
      }
      if (found && found.kind !== 'raw-string') return found;
      if (isFunctionNode(parent)) break;
    }
    return found ?? this.addressScreened(node);
  }

  private earlierStatements(statements: readonly TSESTree.Node[], child: TSESTree.Node): HostCheck | undefined {
    let found: HostCheck | undefined;
    const index = statements.indexOf(child);
    for (const statement of statements.slice(0, Math.max(index, 0))) {
      let check: HostCheck | undefined;
      // `switch (new URL(url).hostname) { case 'a.example': break; default: throw ... }` before the request.
      if (statement.type === AST_NODE_TYPES.SwitchStatement && this.isHostPart(statement.discriminant)) {
        const fallback = statement.cases.find((switchCase) => switchCase.test === null);
        const last = fallback?.consequent[fallback.consequent.length - 1];
        if (last && exits(last)) check = { kind: 'host' };
      }
      if (statement.type === AST_NODE_TYPES.IfStatement) {
        // A test that does not exit guards nothing, but a raw-string test is still the check the author meant.
        const inTest = this.checkIn(statement.test);
        check = exits(statement.consequent) || inTest?.kind === 'raw-string' ? inTest : undefined;
      } else if (statement.type === AST_NODE_TYPES.ExpressionStatement || statement.type === AST_NODE_TYPES.VariableDeclaration) {
        check = this.helperCallIn(statement);
      }
      if (check && (!found || found.kind === 'raw-string')) found = check;
    }
    return found;
  }

  /** `assertAllowedHost(url)` or `await validateUrl(url)` as a statement: a local helper that throws unless allowed. */
  private helperCallIn(statement: TSESTree.Node): HostCheck | undefined {
    let found: HostCheck | undefined;
    forEachNode(
      statement,
      (node) => {
        if (isFunctionNode(node)) return false;
        if (node.type !== AST_NODE_TYPES.CallExpression || found) return;
        const helper = this.helperCheck(node);
        if (helper) found = helper;
      },
      this.sourceCode.visitorKeys,
    );
    return found;
  }

  /** The check inside a test expression, looking one call deep into local helpers (`if (!isAllowed(url)) return`). */
  checkIn(test: TSESTree.Node): HostCheck | undefined {
    let found: HostCheck | undefined;
    forEachNode(
      test,
      (node) => {
        if (isFunctionNode(node)) return false;
        const check = this.checkAt(node) ?? (node.type === AST_NODE_TYPES.CallExpression ? this.helperCheck(node) : undefined);
        if (check && (!found || found.kind === 'raw-string')) found = check;
      },
      this.sourceCode.visitorKeys,
    );
    return found;
  }

  private checkAt(node: TSESTree.Node): HostCheck | undefined {
    switch (node.type) {
      case AST_NODE_TYPES.BinaryExpression:
        if (['===', '!==', '==', '!='].includes(node.operator) && (this.isHostPart(node.left) || this.isHostPart(node.right)))
          return { kind: 'host' };
        return node.operator === 'in' && this.isHostPart(node.left) ? { kind: 'host' } : undefined;
      case AST_NODE_TYPES.CallExpression:
        return this.callCheck(node);
      case AST_NODE_TYPES.MemberExpression:
        // `ALLOWED_HOSTS[url.hostname]`
        return node.computed && this.isHostPart(node.property) ? { kind: 'host' } : undefined;
      default:
        return undefined;
    }
  }

  private callCheck(call: TSESTree.CallExpression): HostCheck | undefined {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = memberKey(callee) ?? '';
    // `ALLOWED.has(url.hostname)`, `allowed.includes(host)`, `/^(www\.)?example\.com$/.test(hostname)`
    if (LOOKUPS.has(method) && call.arguments.some((argument) => this.isHostPart(argument))) return { kind: 'host' };
    if (
      this.isHostPart(callee.object) &&
      (method === 'endsWith' || method === 'match' || method === 'startsWith' || method === 'includes')
    ) {
      return { kind: 'host' };
    }
    if (RAW_TESTS.has(method) && this.isRawUrl(callee.object)) return { kind: 'raw-string', node: call };
    if (method === 'test' && call.arguments.some((argument) => this.isRawUrl(argument))) return { kind: 'raw-string', node: call };
    return undefined;
  }

  /** A local helper whose own body checks its parameter's host (`function isAllowed(u) { return HOSTS.has(new URL(u).hostname) }`). */
  private helperCheck(call: TSESTree.CallExpression): HostCheck | undefined {
    const fn = calledFunction(this.sourceCode, call.callee);
    if (!fn) return undefined;
    // `isKnownService(target.hostname)`: the helper receives the parsed host itself.
    const hostIndex = call.arguments.findIndex((argument) => this.isHostPart(argument));
    if (hostIndex >= 0) return new HelperChecker(this.sourceCode).hostParameterCheck(fn, hostIndex);
    if (!call.arguments.some((argument) => urlFlow(this.sourceCode).valueOf(argument)?.kind === 'input')) return undefined;
    let verdict = this.helperVerdicts.get(fn);
    if (verdict === undefined) {
      this.helperVerdicts.set(fn, null);
      verdict = new HelperChecker(this.sourceCode).bodyCheck(fn) ?? null;
      this.helperVerdicts.set(fn, verdict);
    }
    return verdict ?? undefined;
  }

  /** The parsed host of the client's URL: `new URL(x).hostname`, `const { hostname } = new URL(x)`, `url.parse(x).host`. */
  isHostPart(node: TSESTree.Node): boolean {
    let current = unwrapExpression(node);
    while (current.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(current.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || !TEXT_METHODS.has(memberKey(callee) ?? '')) break;
      current = unwrapExpression(callee.object);
    }
    if (current.type === AST_NODE_TYPES.MemberExpression)
      return HOST_PARTS.has(memberKey(current) ?? '') && this.carriesClientData(current.object);
    if (current.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(current), current);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type !== TSESLint.Scope.DefinitionType.Variable || !definition.node.init) return false;
    const declarator = definition.node;
    if (declarator.id.type === AST_NODE_TYPES.Identifier) return declarator.init !== null && this.isHostPart(declarator.init);
    const path = patternPath(definition.name, declarator.id);
    return path?.length === 1 && HOST_PARTS.has(path[0] ?? '') && declarator.init !== null && this.carriesClientData(declarator.init);
  }

  /** The raw URL string (not a parsed part of it) carrying the client's data. */
  private isRawUrl(node: TSESTree.Node): boolean {
    const current = unwrapExpression(node);
    if (current.type === AST_NODE_TYPES.MemberExpression && memberKey(current) !== 'href') {
      const key = memberKey(current);
      if (key !== undefined && ['hostname', 'host', 'origin', 'protocol', 'pathname', 'port', 'search'].includes(key)) return false;
    }
    return this.carriesClientData(current);
  }

  carriesClientData(node: TSESTree.Node): boolean {
    const value = urlFlow(this.sourceCode).valueOf(node);
    return value?.kind === 'input' && value.source === this.source;
  }

  /** A name resolved and its address screened in the same function: `dns.lookup` plus an ipaddr.js or private-ip check. */
  private addressScreened(node: TSESTree.Node): HostCheck | undefined {
    const fn = enclosingFunction(node);
    if (!fn) return undefined;
    return screensAddresses(this.sourceCode, fn) ? { kind: 'address' } : undefined;
  }
}

/** Judges a helper's body on its first parameter, whatever the caller's source text. */
class HelperChecker {
  constructor(private readonly sourceCode: SourceCode) {}

  bodyCheck(fn: FunctionNode): HostCheck | undefined {
    const parameter = fn.params[0];
    if (parameter?.type !== AST_NODE_TYPES.Identifier) return undefined;
    if (screensAddresses(this.sourceCode, fn)) return { kind: 'address' };
    let found: HostCheck | undefined;
    const variable = this.sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === parameter.name);
    const derived = new Set<TSESTree.Node>((variable?.references ?? []).map((reference) => reference.identifier));
    forEachNode(
      fn.body,
      (node) => {
        if (node !== fn.body && isFunctionNode(node)) return false;
        if (found?.kind === 'host') return false;
        const check = this.hostComparison(node, derived);
        if (check) found = check;
      },
      this.sourceCode.visitorKeys,
    );
    return found;
  }

  /** A helper handed the parsed host: any comparison, lookup, `switch` or pattern test of that parameter is the check. */
  hostParameterCheck(fn: FunctionNode, index: number): HostCheck | undefined {
    const parameter = fn.params[index];
    if (parameter?.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = this.sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === parameter.name);
    const reads = new Set<TSESTree.Node>((variable?.references ?? []).map((reference) => reference.identifier));
    const isHost = (expression: TSESTree.Node) => reads.has(unwrapExpression(expression));
    let found: HostCheck | undefined;
    forEachNode(
      fn.body,
      (node) => {
        if (found || (node !== fn.body && isFunctionNode(node))) return false;
        if (node.type === AST_NODE_TYPES.SwitchStatement && isHost(node.discriminant)) found = { kind: 'host' };
        if (
          node.type === AST_NODE_TYPES.BinaryExpression &&
          ['===', '!==', '==', '!='].includes(node.operator) &&
          (isHost(node.left) || isHost(node.right))
        ) {
          found = { kind: 'host' };
        }
        if (node.type === AST_NODE_TYPES.CallExpression) {
          const callee = unwrapExpression(node.callee);
          if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
          if ((LOOKUPS.has(memberKey(callee) ?? '') && node.arguments.some(isHost)) || isHost(callee.object)) found = { kind: 'host' };
        }
      },
      this.sourceCode.visitorKeys,
    );
    return found;
  }

  /** A host comparison on a value built from the parameter (`new URL(u).hostname`, `parsed.host`). */
  private hostComparison(node: TSESTree.Node, parameterReads: ReadonlySet<TSESTree.Node>): HostCheck | undefined {
    const readsParameter = (expression: TSESTree.Node) => {
      let found = false;
      forEachNode(
        expression,
        (inner) => {
          if (parameterReads.has(inner)) found = true;
          return !found;
        },
        this.sourceCode.visitorKeys,
      );
      if (found) return true;
      // `const parsed = new URL(u)` and later `parsed.hostname`.
      const current = unwrapExpression(expression);
      if (current.type !== AST_NODE_TYPES.Identifier) return false;
      const definition = ASTUtils.findVariable(this.sourceCode.getScope(current), current)?.defs[0];
      return (
        definition?.type === TSESLint.Scope.DefinitionType.Variable &&
        definition.node.init !== null &&
        readsOf(definition.node.init, parameterReads)
      );
    };
    const isHost = (expression: TSESTree.Node) => {
      const current = unwrapExpression(expression);
      if (current.type === AST_NODE_TYPES.MemberExpression)
        return HOST_PARTS.has(memberKey(current) ?? '') && readsParameter(current.object);
      if (current.type !== AST_NODE_TYPES.Identifier) return false;
      const definition = ASTUtils.findVariable(this.sourceCode.getScope(current), current)?.defs[0];
      if (definition?.type !== TSESLint.Scope.DefinitionType.Variable || !definition.node.init) return false;
      if (definition.node.id.type === AST_NODE_TYPES.Identifier) return isHostExpression(definition.node.init);
      const path = patternPath(definition.name, definition.node.id);
      return path?.length === 1 && HOST_PARTS.has(path[0] ?? '') && readsOf(definition.node.init, parameterReads);
    };
    const isHostExpression = (expression: TSESTree.Node): boolean => {
      const current = unwrapExpression(expression);
      return current.type === AST_NODE_TYPES.MemberExpression && HOST_PARTS.has(memberKey(current) ?? '') && readsParameter(current.object);
    };
    if (
      node.type === AST_NODE_TYPES.BinaryExpression &&
      ['===', '!==', '==', '!='].includes(node.operator) &&
      (isHost(node.left) || isHost(node.right))
    ) {
      return { kind: 'host' };
    }
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(node.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && LOOKUPS.has(memberKey(callee) ?? '') && node.arguments.some(isHost))
        return { kind: 'host' };
    }
    if (node.type === AST_NODE_TYPES.SwitchStatement && isHost(node.discriminant)) return { kind: 'host' };
    return undefined;
  }
}

function readsOf(expression: TSESTree.Node, reads: ReadonlySet<TSESTree.Node>): boolean {
  let found = false;
  forEachNode(expression, (node) => {
    if (reads.has(node)) found = true;
    return !found;
  });
  return found;
}

/** Whether a function resolves names and screens the resulting addresses (both kinds of `ADDRESS_CHECKS` calls inside it). */
function screensAddresses(sourceCode: SourceCode, fn: FunctionNode): boolean {
  const kinds = new Set<string>();
  for (const reference of findModuleReferences(sourceCode, ADDRESS_CHECKS)) {
    if (enclosingFunction(reference.node) === fn || calledWithin(sourceCode, reference.node, fn)) kinds.add(reference.info);
  }
  return kinds.has('resolve') && kinds.has('range');
}

/** A reference inside a local helper that `fn` calls. */
function calledWithin(sourceCode: SourceCode, node: TSESTree.Node, fn: FunctionNode): boolean {
  const helper = enclosingFunction(node);
  return helper !== undefined && callSitesOf(sourceCode, helper).some((call) => enclosingFunction(call) === fn);
}

function exits(statement: TSESTree.Statement): boolean {
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
    // Koa's `ctx.throw(400)` and `ctx.assert` throw; any other bare call lets execution go on.
    const expression = unwrapExpression(statement.expression);
    return (
      expression.type === AST_NODE_TYPES.CallExpression &&
      expression.callee.type === AST_NODE_TYPES.MemberExpression &&
      memberKey(expression.callee) === 'throw'
    );
  }
  if (statement.type !== AST_NODE_TYPES.BlockStatement) return false;
  const last = statement.body[statement.body.length - 1];
  return last !== undefined && exits(last);
}
