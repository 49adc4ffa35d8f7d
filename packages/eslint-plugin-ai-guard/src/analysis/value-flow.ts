import { ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { classOfReceiver, methodOf } from './local-classes';
import { callSitesOf, isFunctionNode, parameterIndexOf, returnedExpressions, type FunctionNode } from './local-functions';
import { AST_NODE_TYPES } from './node-types';
import { readOption, staticPropertyName, unwrapExpression } from './static-values';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;
type Reference = TSESLint.Scope.Reference;
const { DefinitionType } = TSESLint.Scope;

/**
 * What a domain says about a value it does not want followed any further: a sanitizer's result, a number,
 * an unknown library's return value. Distinct from `undefined`, which lets the engine look at the structure.
 */
export const OPAQUE: unique symbol = Symbol('opaque');
export type Answer<V> = V | undefined | typeof OPAQUE;

/** What a domain's hooks may ask of the flow they run in: the value of another expression in the same frame. */
export interface FlowContext<V> {
  readonly sourceCode: SourceCode;
  valueOf(node: TSESTree.Node): V | undefined;
}

/**
 * The rule-specific half of a value flow: which nodes are sources, how values change through member reads,
 * method calls and library calls, and how several values combine. The engine supplies everything else:
 * bindings, reassignment, destructuring, spreads, member assignment, templates, conditionals, iteration,
 * and one call deep into functions declared in the same file, in both directions.
 */
export interface FlowDomain<V> {
  /** A node that is a value by itself, before the engine looks at its structure (a request read, a library call). */
  source?(node: TSESTree.Node, context: FlowContext<V>): Answer<V>;
  /** The value a function parameter receives from outside the file: handler conventions, library callbacks. */
  parameter?(fn: FunctionNode, index: number, context: FlowContext<V>): V | undefined;
  /** A caught error (`catch (err)`). */
  caught?(clause: TSESTree.CatchClause, context: FlowContext<V>): V | undefined;
  /** `value.key`; `key` is undefined when the property is computed from a runtime value. */
  member(value: V, key: string | undefined, node: TSESTree.Node, context: FlowContext<V>): V | undefined;
  /** `receiver.name(...)` on a value; undefined when the result carries nothing. */
  method?(receiver: V, name: string, call: TSESTree.CallExpression, context: FlowContext<V>): V | undefined;
  /** A call or construction of something other than a local function (`String(x)`, `path.join(...)`, a sanitizer). */
  call?(call: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.TaggedTemplateExpression, context: FlowContext<V>): Answer<V>;
  /** Several values that end up in one: template and `+` parts, `||` operands, `?:` branches, `+=`. */
  join(values: readonly V[], node: TSESTree.Node, context: FlowContext<V>): V | undefined;
  /** A value stored in an object or array literal (`{ key: value }`, `{ ...value }`, `[value]`); defaults to the value itself. */
  contain?(value: V, key: string | undefined, node: TSESTree.Node, context: FlowContext<V>): V | undefined;
  /** One element of an iterated value (`for (const f of files)`, `files.map((f) => ...)`); defaults to the value itself. */
  element?(value: V, context: FlowContext<V>): V | undefined;
  /** A conditional branch's value, given the test that chose it: lets a domain drop what only a guard lets through. */
  branch?(value: V, test: TSESTree.Node, whenTrue: boolean, context: FlowContext<V>): V | undefined;
  /** What one call site in this file passes to a local function's parameter: lets a domain drop what only a guarded call passes. */
  argument?(value: V, call: TSESTree.CallExpression, context: FlowContext<V>): V | undefined;
}

export interface ValueFlow<V> {
  /** The value an expression carries where it is written, or undefined when it carries nothing of the domain's. */
  valueOf(node: TSESTree.Node): V | undefined;
}

/** What a parameter is bound to when a call is followed: the argument, or for a destructured parameter the part of it its pattern names. */
interface Binding {
  node: TSESTree.Node;
  frame: Frame;
  /** The parameter's pattern and the name inside it (`function f({ status })`): the binding is that part of `node`. */
  pattern?: { root: TSESTree.Node; name: TSESTree.Node };
}

interface Frame {
  /** Parameters of a function entered from a call site, bound to that call's arguments. */
  readonly bindings?: ReadonlyMap<Variable, Binding>;
  readonly callDepth: number;
}

const ROOT: Frame = { callDepth: 0 };
/** A caller's argument, evaluated one call out: the same for every call site, so its answers are memoised too. */
const CALLER: Frame = { callDepth: 1 };
/** How deep one evaluation may recurse through the syntax before it gives up (nested templates, long chains). */
const MAX_NESTING = 60;
/** How many expressions one flow evaluates in a file before it answers "nothing": keeps generated files cheap. */
const MAX_EVALUATIONS = 20_000;
const ITERATION_METHODS = new Set(['map', 'forEach', 'filter', 'find', 'findLast', 'some', 'every', 'flatMap']);
const ELEMENT_ADDERS = new Set(['push', 'unshift']);

/**
 * One backward value flow per rule and file: `valueOf(node)` walks from an expression to where its parts come
 * from, asking the domain what each part means. Answers are memoised per node, and every walk is bounded.
 *
 * The engine's memos and functions are built on the first question. Most flows a rule sets up are never asked one:
 * over the real-code corpus, 3,664 of the 3,985 error flows (a file with a `catch` and no response call) and all 764
 * of the request model's, each a few KB that the garbage collector then charges to the rule.
 */
export function createValueFlow<V>(sourceCode: SourceCode, domain: FlowDomain<V>): ValueFlow<V> {
  let flow: ValueFlow<V> | undefined;
  return { valueOf: (node) => (flow ??= buildValueFlow(sourceCode, domain)).valueOf(node) };
}

function buildValueFlow<V>(sourceCode: SourceCode, domain: FlowDomain<V>): ValueFlow<V> {
  // Answers are the same wherever a frame binds no parameter: memoised for those two frames.
  const memos = new Map<Frame, Map<TSESTree.Node, V | undefined>>([
    [ROOT, new Map()],
    [CALLER, new Map()],
  ]);
  const active = new Set<TSESTree.Node>();
  const parameterMemos = new Map<Frame, Map<TSESTree.Node, V | undefined>>([
    [ROOT, new Map()],
    [CALLER, new Map()],
  ]);
  const activeParameters = new Set<TSESTree.Node>();
  const variableFacts = new Map<Variable, VariableWrites>();
  let nesting = 0;
  let evaluations = 0;

  const rootContext = contextFor(ROOT);
  return { valueOf: (node) => evaluate(node, ROOT) };

  function contextFor(frame: Frame): FlowContext<V> {
    return { sourceCode, valueOf: (node) => evaluate(node, frame) };
  }

  function evaluate(node: TSESTree.Node, frame: Frame): V | undefined {
    const target = unwrapExpression(node);
    const memo = memos.get(frame);
    if (memo?.has(target)) return memo.get(target);
    if (active.has(target) || nesting >= MAX_NESTING || evaluations >= MAX_EVALUATIONS) return undefined;
    active.add(target);
    nesting++;
    evaluations++;
    let value: V | undefined;
    try {
      value = evaluateUncached(target, frame);
    } finally {
      nesting--;
      active.delete(target);
    }
    memo?.set(target, value);
    return value;
  }

  function evaluateUncached(node: TSESTree.Node, frame: Frame): V | undefined {
    const context = frame === ROOT ? rootContext : contextFor(frame);
    const sourced = domain.source?.(node, context);
    if (sourced === OPAQUE) return undefined;
    if (sourced !== undefined) return sourced;
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
        return identifierValue(node, frame);
      case AST_NODE_TYPES.MemberExpression:
        return memberValue(node, frame);
      case AST_NODE_TYPES.CallExpression:
        return callValue(node, frame);
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return answer(domain.call?.(node, context));
      case AST_NODE_TYPES.AwaitExpression:
        return evaluate(node.argument, frame);
      case AST_NODE_TYPES.TemplateLiteral:
        return join(node.expressions, node, frame);
      case AST_NODE_TYPES.BinaryExpression:
        return node.operator === '+' ? join([node.left, node.right], node, frame) : undefined;
      case AST_NODE_TYPES.LogicalExpression:
        return join([node.left, node.right], node, frame);
      case AST_NODE_TYPES.ConditionalExpression:
        return conditionalValue(node, frame);
      case AST_NODE_TYPES.ArrayExpression:
        return arrayValue(node, frame);
      case AST_NODE_TYPES.ObjectExpression:
        return objectValue(node, frame);
      case AST_NODE_TYPES.AssignmentExpression:
        return evaluate(node.right, frame);
      case AST_NODE_TYPES.SequenceExpression: {
        const last = node.expressions[node.expressions.length - 1];
        return last ? evaluate(last, frame) : undefined;
      }
      default:
        return undefined;
    }
  }

  function answer(result: Answer<V>): V | undefined {
    return result === OPAQUE ? undefined : result;
  }

  function joinValues(values: readonly (V | undefined)[], node: TSESTree.Node, frame: Frame): V | undefined {
    const present = values.filter((value): value is V => value !== undefined);
    if (present.length === 0) return undefined;
    return domain.join(present, node, contextFor(frame));
  }

  function join(parts: readonly TSESTree.Node[], node: TSESTree.Node, frame: Frame): V | undefined {
    return joinValues(
      parts.map((part) => evaluate(part, frame)),
      node,
      frame,
    );
  }

  function contain(value: V | undefined, key: string | undefined, node: TSESTree.Node, frame: Frame): V | undefined {
    if (value === undefined) return undefined;
    return domain.contain ? domain.contain(value, key, node, contextFor(frame)) : value;
  }

  function element(value: V | undefined, frame: Frame): V | undefined {
    if (value === undefined) return undefined;
    return domain.element ? domain.element(value, contextFor(frame)) : value;
  }

  function conditionalValue(node: TSESTree.ConditionalExpression, frame: Frame): V | undefined {
    const context = contextFor(frame);
    const branchValue = (branch: TSESTree.Node, whenTrue: boolean) => {
      const value = evaluate(branch, frame);
      if (value === undefined || !domain.branch) return value;
      return domain.branch(value, node.test, whenTrue, context);
    };
    return joinValues([branchValue(node.consequent, true), branchValue(node.alternate, false)], node, frame);
  }

  function arrayValue(node: TSESTree.ArrayExpression, frame: Frame): V | undefined {
    const values = node.elements.map((item) => {
      if (!item) return undefined;
      if (item.type === AST_NODE_TYPES.SpreadElement) return evaluate(item.argument, frame);
      return contain(evaluate(item, frame), undefined, item, frame);
    });
    return joinValues(values, node, frame);
  }

  function objectValue(node: TSESTree.ObjectExpression, frame: Frame): V | undefined {
    const values = node.properties.map((property) => {
      if (property.type === AST_NODE_TYPES.SpreadElement) return contain(evaluate(property.argument, frame), '...', property, frame);
      if (isFunctionNode(property.value) || property.kind !== 'init') return undefined;
      return contain(evaluate(property.value, frame), staticPropertyName(property), property, frame);
    });
    return joinValues(values, node, frame);
  }

  function memberValue(node: TSESTree.MemberExpression, frame: Frame): V | undefined {
    const key = memberKey(node);
    const scope = sourceCode.getScope(node);
    // A literal object read back by key (`opts.url` of `const opts = { url }`) is exact; anything else goes through the domain.
    if (key !== undefined) {
      const lookup = readOption(node.object, [key], scope);
      if (lookup.kind === 'present') return evaluate(lookup.value, frame);
    }
    const object = evaluate(node.object, frame);
    if (object === undefined) return undefined;
    return domain.member(object, key, node, contextFor(frame));
  }

  function callValue(call: TSESTree.CallExpression, frame: Frame): V | undefined {
    const context = contextFor(frame);
    const called = domain.call?.(call, context);
    if (called === OPAQUE) return undefined;
    if (called !== undefined) return called;
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberKey(callee);
      if (name === undefined) return undefined;
      const receiver = evaluate(callee.object, frame);
      if (receiver !== undefined) return domain.method?.(receiver, name, call, context);
      return thisMethodValue(call, callee, frame);
    }
    return localCallValue(call, frame);
  }

  /** `this.helper(x)` or `this.service.load(x)` on a class declared in this file: one call deep, like a local function. */
  function thisMethodValue(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, frame: Frame): V | undefined {
    const name = memberKey(callee);
    const classNode = classOfReceiver(sourceCode, callee.object);
    const fn = classNode && name !== undefined ? methodOf(classNode, name) : undefined;
    return fn ? returnedValue(fn, call, frame) : undefined;
  }

  /** One call deep, forwards: what a function declared in this file returns for these arguments. */
  function localCallValue(call: TSESTree.CallExpression, frame: Frame): V | undefined {
    const fn = calledFunction(sourceCode, call.callee);
    return fn ? returnedValue(fn, call, frame) : undefined;
  }

  function returnedValue(fn: FunctionNode, call: TSESTree.CallExpression, frame: Frame): V | undefined {
    if (frame.callDepth > 0) return undefined;
    const bindings = new Map<Variable, Binding>();
    const declared = sourceCode.getDeclaredVariables(fn);
    fn.params.forEach((parameter, index) => {
      const argument = call.arguments[index];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
      const name = parameterName(parameter);
      const variable = name && declared.find((candidate) => candidate.name === name.name);
      if (variable) {
        bindings.set(variable, { node: argument, frame });
        return;
      }
      // `function clause({ status })`: each name the pattern declares is that part of the argument.
      for (const candidate of declared) {
        const definition = candidate.defs[0];
        if (definition?.type !== DefinitionType.Parameter || parameterIndexOf(fn, definition.name) !== index) continue;
        bindings.set(candidate, { node: argument, frame, pattern: { root: parameter, name: definition.name } });
      }
    });
    const inner: Frame = { bindings, callDepth: frame.callDepth + 1 };
    return joinValues(
      returnedExpressions(fn, { nested: true }).map((returned) => evaluate(returned, inner)),
      call,
      frame,
    );
  }

  function identifierValue(identifier: TSESTree.Identifier, frame: Frame): V | undefined {
    const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
    if (!variable) return undefined;
    const bound = frame.bindings?.get(variable);
    if (bound?.pattern) return project(evaluate(bound.node, bound.frame), bound.pattern.name, bound.pattern.root, bound.frame, bound.node);
    if (bound) return evaluate(bound.node, bound.frame);
    const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
    if (!definition) return undefined;
    switch (definition.type) {
      case DefinitionType.Parameter:
        return memoisedParameterValue(definition.node, definition.name, frame);
      case DefinitionType.CatchClause:
        return caughtValue(definition.node, definition.name, frame);
      case DefinitionType.Variable:
        return variableValue(variable, definition.node, definition.name, identifier, frame);
      default:
        return undefined;
    }
  }

  function caughtValue(clause: TSESTree.CatchClause, name: TSESTree.Node, frame: Frame): V | undefined {
    const caught = domain.caught?.(clause, contextFor(frame));
    return clause.param ? project(caught, name, clause.param, frame) : undefined;
  }

  function variableValue(
    variable: Variable,
    declarator: TSESTree.VariableDeclarator,
    name: TSESTree.Node,
    read: TSESTree.Identifier,
    frame: Frame,
  ): V | undefined {
    const loop = declarator.parent.parent;
    if (loop.type === AST_NODE_TYPES.ForOfStatement && loop.left === declarator.parent) {
      return project(element(evaluate(loop.right, frame), frame), name, declarator.id, frame);
    }
    if (loop.type === AST_NODE_TYPES.ForInStatement && loop.left === declarator.parent) return undefined;
    if (declarator.id.type !== AST_NODE_TYPES.Identifier) {
      return declarator.init ? project(evaluate(declarator.init, frame), name, declarator.id, frame, declarator.init) : undefined;
    }
    return withStoredMembers(variable, read, reachingValue(variable, read, frame), frame);
  }

  /**
   * The writes that may reach a read, newest first, stopping at one that always runs before it: `let n = a; n = n.trim()`.
   * A write counts once its whole assignment has run, so `n = n.trim()` reads the value before it.
   */
  function reachingValue(variable: Variable, read: TSESTree.Node, frame: Frame): V | undefined {
    const values: (V | undefined)[] = [];
    for (const write of writesOf(variable).writes) {
      const writeExpr = write.writeExpr;
      if (!writeExpr || writeCompletes(write) > read.range[0]) continue;
      const assignment = write.identifier.parent;
      if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.operator !== '=') {
        values.push(
          assignment.operator === '+='
            ? joinValues([reachingValue(variable, write.identifier, frame), evaluate(writeExpr, frame)], assignment, frame)
            : undefined,
        );
        if (alwaysRunsBefore(write.identifier, read)) break;
        continue;
      }
      values.push(evaluate(writeExpr, frame));
      if (alwaysRunsBefore(write.identifier, read)) break;
    }
    return joinValues(values, read, frame);
  }

  /** `body.stack = err.stack` and `errors.push(err.stack)` before the read put values into the object it reads. */
  function withStoredMembers(variable: Variable, read: TSESTree.Node, value: V | undefined, frame: Frame): V | undefined {
    const stores = writesOf(variable).stores;
    if (stores.length === 0) return value;
    const stored: (V | undefined)[] = [value];
    for (const store of stores) {
      if (store.member.object.range[1] > read.range[0] || store.member.object === read) continue;
      const parent = store.member.parent;
      if (parent.type === AST_NODE_TYPES.AssignmentExpression) {
        if (parent.range[1] <= read.range[0]) stored.push(contain(evaluate(parent.right, frame), memberKey(store.member), parent, frame));
      } else if (parent.type === AST_NODE_TYPES.CallExpression) {
        for (const argument of parent.arguments) {
          if (argument.type !== AST_NODE_TYPES.SpreadElement) stored.push(contain(evaluate(argument, frame), undefined, argument, frame));
        }
      }
    }
    return stored.length === 1 ? value : joinValues(stored, read, frame);
  }

  /** A variable's writes and member stores, sorted once: each of its reads asks, and a variable can have hundreds of reads. */
  function writesOf(variable: Variable): VariableWrites {
    let facts = variableFacts.get(variable);
    if (!facts) {
      facts = collectWrites(variable);
      variableFacts.set(variable, facts);
    }
    return facts;
  }

  /**
   * A parameter's value is the same at each of its reads: in the frames whose answers are memoised it is computed once
   * per parameter name. A callback's parameter read a hundred times (`node.type` in every branch) asks the domain and
   * the call sites once. Apart from the expression memo: a shorthand pattern's name node is also its key, read as an
   * expression (`({ mimetype }) => ...`).
   */
  function memoisedParameterValue(fnNode: TSESTree.Node, name: TSESTree.Node, frame: Frame): V | undefined {
    const memo = parameterMemos.get(frame);
    if (!memo) return parameterValue(fnNode, name, frame);
    if (memo.has(name)) return memo.get(name);
    if (activeParameters.has(name)) return undefined;
    activeParameters.add(name);
    let value: V | undefined;
    try {
      value = parameterValue(fnNode, name, frame);
    } finally {
      activeParameters.delete(name);
    }
    memo.set(name, value);
    return value;
  }

  function parameterValue(fnNode: TSESTree.Node, name: TSESTree.Node, frame: Frame): V | undefined {
    if (!isFunctionNode(fnNode)) return undefined;
    const fn = fnNode;
    const index = parameterIndexOf(fn, name);
    const parameter = fn.params[index];
    if (!parameter) return undefined;
    const context = contextFor(frame);
    const base = domain.parameter?.(fn, index, context) ?? iterationElement(fn, index, frame) ?? promisedValue(fn, index, frame);
    return base === undefined ? fromCallSites(fn, index, name, frame) : project(base, name, parameter, frame);
  }

  /** `files.map((file) => ...)`: the callback's first parameter is one element of the receiver. */
  function iterationElement(fn: FunctionNode, index: number, frame: Frame): V | undefined {
    const call = fn.parent;
    if (index !== 0 || call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return undefined;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || !ITERATION_METHODS.has(memberKey(callee) ?? '')) return undefined;
    return element(evaluate(callee.object, frame), frame);
  }

  /** `promise.then((value) => ...)`: promises are transparent, so the callback receives what the receiver resolves to. */
  function promisedValue(fn: FunctionNode, index: number, frame: Frame): V | undefined {
    const call = fn.parent;
    if (index !== 0 || call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return undefined;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || memberKey(callee) !== 'then') return undefined;
    return evaluate(callee.object, frame);
  }

  /**
   * One call deep, backwards: a local function's parameter takes what its callers in this file pass. A destructured
   * parameter (`function clause({ status })`) reads the matching property of each caller's object (`clause(filters)`).
   */
  function fromCallSites(fn: FunctionNode, index: number, name: TSESTree.Node, frame: Frame): V | undefined {
    if (frame.callDepth > 0) return undefined;
    const parameter = fn.params[index];
    if (!parameter) return undefined;
    const values = callSitesOf(sourceCode, fn).map((call) => {
      const argument = call.arguments[index];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
      const value = project(evaluate(argument, CALLER), name, parameter, CALLER, argument);
      return value === undefined || !domain.argument ? value : domain.argument(value, call, contextFor(frame));
    });
    return joinValues(values, fn, frame);
  }

  /** The part of `value` that `name` binds inside `pattern` (`const { query: { url } } = req`, `[, files] = ...`). */
  function project(value: V | undefined, name: TSESTree.Node, pattern: TSESTree.Node, frame: Frame, init?: TSESTree.Node): V | undefined {
    const path = patternPath(name, pattern);
    if (!path) return undefined;
    // Destructuring a literal object reads the property's own expression, as `opts.url` does.
    if (init && path.length > 0 && path.every((key) => key !== undefined)) {
      const lookup = readOption(init, path, sourceCode.getScope(init));
      if (lookup.kind === 'present') return evaluate(lookup.value, frame);
      if (lookup.kind === 'absent' && unwrapExpression(init).type === AST_NODE_TYPES.ObjectExpression) return undefined;
    }
    let current = value;
    for (const key of path) {
      if (current === undefined) return undefined;
      current = domain.member(current, key, name, contextFor(frame));
    }
    return current;
  }
}

/** The function a callee names when it is declared once in this file (`function f() {}`, `const f = () => {}`). */
export function calledFunction(sourceCode: SourceCode, callee: TSESTree.Node): FunctionNode | undefined {
  const target = unwrapExpression(callee);
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type === DefinitionType.FunctionName && isFunctionNode(definition.node)) return definition.node;
  if (definition?.type === DefinitionType.Variable && isFunctionNode(definition.node.init) && definition.parent.kind === 'const') {
    return definition.node.init;
  }
  return undefined;
}

/** The writes of a variable, newest first, and the statements that store into it (`x.key = v`, `x.push(v)`), in source order. */
interface VariableWrites {
  writes: readonly Reference[];
  stores: readonly { member: TSESTree.MemberExpression }[];
}

function collectWrites(variable: Variable): VariableWrites {
  const writes: Reference[] = [];
  const stores: { member: TSESTree.MemberExpression }[] = [];
  for (const reference of variable.references) {
    if (reference.isWrite() && reference.writeExpr) writes.push(reference);
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
    const parent = member.parent;
    if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === member) stores.push({ member });
    else if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === member && ELEMENT_ADDERS.has(memberKey(member) ?? '')) {
      stores.push({ member });
    }
  }
  writes.sort((a, b) => b.identifier.range[0] - a.identifier.range[0]);
  return { writes, stores };
}

function writeCompletes(reference: Reference): number {
  const parent = reference.identifier.parent;
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression || parent?.type === AST_NODE_TYPES.VariableDeclarator) return parent.range[1];
  return reference.identifier.range[1];
}

/**
 * Whether the statement holding `write` always runs before `read`: it sits directly in a block (or the program)
 * that also holds `read`, in the same function, so no branch or loop can skip it.
 */
function alwaysRunsBefore(write: TSESTree.Node, read: TSESTree.Node): boolean {
  const statement = enclosingStatement(write);
  if (!statement) return false;
  const holder = statement.parent;
  if (holder?.type !== AST_NODE_TYPES.BlockStatement && holder?.type !== AST_NODE_TYPES.Program) return false;
  for (let current: TSESTree.Node | undefined = read.parent; current; current = current.parent) {
    if (current === holder) return true;
    if (isFunctionNode(current)) return false;
  }
  return false;
}

function enclosingStatement(node: TSESTree.Node): TSESTree.Node | undefined {
  let current: TSESTree.Node = node;
  while (current.parent) {
    const parent = current.parent;
    if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) return current;
    if (isFunctionNode(parent)) return undefined;
    current = parent;
  }
  return undefined;
}

/** The property name of `a.b`, `a["b"]` or `a[0]`; undefined when computed from a runtime value. */
export function memberKey(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier) return node.property.name;
  if (node.property.type === AST_NODE_TYPES.Literal) return String(node.property.value);
  if (node.property.type === AST_NODE_TYPES.TemplateLiteral && node.property.expressions.length === 0) {
    return node.property.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** The identifier a parameter binds as a whole (`req`, `req = {}`, `private readonly svc`), if it binds one. */
export function parameterName(parameter: TSESTree.Parameter): TSESTree.Identifier | undefined {
  if (parameter.type === AST_NODE_TYPES.Identifier) return parameter;
  if (parameter.type === AST_NODE_TYPES.AssignmentPattern && parameter.left.type === AST_NODE_TYPES.Identifier) return parameter.left;
  if (parameter.type === AST_NODE_TYPES.TSParameterProperty) {
    const inner = parameter.parameter;
    if (inner.type === AST_NODE_TYPES.Identifier) return inner;
    if (inner.type === AST_NODE_TYPES.AssignmentPattern && inner.left.type === AST_NODE_TYPES.Identifier) return inner.left;
  }
  return undefined;
}

/**
 * The property path from a pattern's root to one name it binds: `["query", "url"]` for `url` in
 * `{ query: { url } }`, `["1"]` for `files` in `[, files]`; undefined keys where a key is computed.
 */
export function patternPath(name: TSESTree.Node, root: TSESTree.Node): (string | undefined)[] | undefined {
  const path: (string | undefined)[] = [];
  let current = name;
  while (current !== root) {
    const parent = current.parent;
    if (!parent) return undefined;
    if (parent.type === AST_NODE_TYPES.Property && parent.value === current) {
      if (parent.parent.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
      path.unshift(parent.computed ? undefined : staticPropertyName(parent));
      current = parent.parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.ArrayPattern) {
      path.unshift(String(parent.elements.indexOf(current as TSESTree.DestructuringPattern)));
      current = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.RestElement) return undefined;
    if (
      (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === current) ||
      parent.type === AST_NODE_TYPES.TSParameterProperty ||
      parent.type === AST_NODE_TYPES.ObjectPattern
    ) {
      current = parent;
      continue;
    }
    return undefined;
  }
  return path;
}
