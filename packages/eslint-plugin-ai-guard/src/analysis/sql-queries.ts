import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import {
  DISTINCTIVE_QUERIES,
  QUERY_BUILDER,
  QUERY_BUILDER_FACTORY,
  SQL_MODULES,
  STATEMENT_QUERIES,
  type QueryForm,
  type SqlEntry,
  type SqlLibrary,
} from '../libraries/sql';
import { forEachNode } from './ast-walk';
import { injectedServiceCalls } from './injected-services';
import { functionValue, isFunctionNode, readsOfParameter } from './local-functions';
import { findModuleReferences, isGlobalIdentifier, type ModuleReference } from './module-references';
import { readOption, resolveValue, staticPropertyName, unwrapExpression } from './static-values';
import { AST_NODE_TYPES } from './node-types';
import { parameterName } from './value-flow';
import { outermostValue, readsOfStoredValue } from './value-references';
import { FileMemo } from './file-memo';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** One call that runs SQL text, and what is known about the library behind it. */
export interface SqlQuery {
  call: TSESTree.CallExpression;
  /** The SQL text argument (the `text` / `sql` property when the call takes a config object). */
  text: TSESTree.Node;
  /** The library, when this file shows which one it is. */
  library?: SqlLibrary;
  form: QueryForm;
  /** The method name, for messages. */
  method: string;
  /** The handle is not traced to a library: only whole statements count as SQL. */
  statementOnly: boolean;
}

/** Every method name a query call can have: the rule's listener collects member calls by these names. */
export const SQL_METHOD_NAMES: ReadonlySet<string> = new Set([
  ...STATEMENT_QUERIES,
  ...Object.keys(DISTINCTIVE_QUERIES),
  QUERY_BUILDER_FACTORY,
]);

const MAX_HANDLE_DEPTH = 5;

/**
 * The query calls of a file: calls on handles of a traced library (created here or injected by type), module
 * functions that take SQL (`sql.raw`), the distinctive `*Raw` / `$queryRawUnsafe` methods on any receiver, TypeORM
 * query-builder chains, and generic query methods (`db.query`) on handles from elsewhere. `candidates` are the
 * member calls of the file whose method name is in {@link SQL_METHOD_NAMES}.
 */
export function findSqlQueries(sourceCode: SourceCode, candidates: readonly TSESTree.CallExpression[]): SqlQuery[] {
  const references = findModuleReferences(sourceCode, SQL_MODULES);
  // Most files hold neither: nothing of the walk below is built for them.
  if (references.length === 0 && candidates.length === 0) return [];
  const found = new Map<TSESTree.CallExpression, SqlQuery>();
  const add = (call: TSESTree.CallExpression, library: SqlLibrary | undefined, form: QueryForm, statementOnly: boolean) => {
    const known = found.get(call);
    if (known && (known.library || !library)) return;
    const argument = call.arguments[form.text];
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
    found.set(call, { call, text: configText(sourceCode, argument), library, form, method: methodName(call), statementOnly });
  };
  const handles = new HandleWalk(sourceCode, (call, library, method) => {
    const form = library.queries[method];
    if (form) add(call, library, form, false);
  });
  for (const reference of references) collectReference(sourceCode, reference, handles, add);
  for (const call of candidates) {
    const method = methodName(call);
    const distinctive = DISTINCTIVE_QUERIES[method];
    if (distinctive) add(call, distinctive.library, distinctive.form, false);
    else if (method === QUERY_BUILDER_FACTORY) handles.follow(call, QUERY_BUILDER, 0);
    else if (
      STATEMENT_QUERIES.has(method) &&
      mayBuildText(call.arguments[0]) &&
      !isPromiseCall(sourceCode, call) &&
      writesStatements(sourceCode)
    ) {
      add(call, undefined, { text: 0 }, true);
    }
  }
  return [...found.values()];
}

/**
 * A whole statement has to start somewhere in this file for a generic `db.query(...)` to be reported. The word boundary
 * before the keywords is written once, as `(?:^|\W)`, not as a `\b` in each branch: the same matches, a third faster.
 */
const STATEMENT_TEXT =
  /(?:^|\W)(?:select\s[^;]*?\bfrom\s|(?:insert|replace)\s+into\s|update\s+\S+\s+set\s|delete\s+from\s|with\s+(?:recursive\s+)?\w+\s+as\s*\(|(?:create|alter|drop)\s+(?:table|index|unique|view|database|schema|sequence)\b|pragma\s|truncate\s)/i;
const statementFiles = new FileMemo<boolean>();

function writesStatements(sourceCode: SourceCode): boolean {
  return statementFiles.get(sourceCode, searchStatementText);
}

function searchStatementText(sourceCode: SourceCode): boolean {
  return STATEMENT_TEXT.test(sourceCode.text);
}

/**
 * An argument that can hold built text: not a literal, a function, an array or missing, and an object literal only with
 * a `text` or `sql` member (pg's query config) or a spread. Each call left out spares its file the statement search.
 */
function mayBuildText(argument: TSESTree.Node | undefined): boolean {
  if (!argument) return false;
  const value = unwrapExpression(argument);
  if (value.type === AST_NODE_TYPES.Literal || value.type === AST_NODE_TYPES.ArrayExpression || isFunctionNode(value)) return false;
  if (value.type === AST_NODE_TYPES.ObjectExpression) {
    return value.properties.some(
      (property) => property.type === AST_NODE_TYPES.SpreadElement || CONFIG_TEXT_KEYS.includes(staticPropertyName(property) ?? ''),
    );
  }
  return value.type !== AST_NODE_TYPES.TemplateLiteral || value.expressions.length > 0;
}

/** `Promise.all(...)`, `Promise.any(...)`: the global's methods share names with query methods and take no SQL. */
function isPromiseCall(sourceCode: SourceCode, call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  return callee.type === AST_NODE_TYPES.MemberExpression && isGlobalIdentifier(sourceCode, callee.object, 'Promise');
}

function collectReference(
  sourceCode: SourceCode,
  reference: ModuleReference<SqlEntry>,
  handles: HandleWalk,
  add: (call: TSESTree.CallExpression, library: SqlLibrary, form: QueryForm, statementOnly: boolean) => void,
): void {
  const { info, node } = reference;
  switch (info.role) {
    case 'handle':
      if (reference.kind !== 'read') handles.follow(node, info.library, 0);
      break;
    case 'query':
      if (node.type === AST_NODE_TYPES.CallExpression) add(node, info.library, info.form, false);
      break;
    case 'type':
      for (const { call, method } of injectedServiceCalls(sourceCode, reference)) handles.method(call, info.library, method, 0);
      break;
    case 'callback':
      if (node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.CallExpression) {
        handles.callbackParameter(node, info.parameter, info.library, 0);
      }
      break;
    case 'factory':
      for (const use of [node, ...readsOfStoredValue(sourceCode, node)]) {
        const member = use.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use || staticPropertyName(member) !== info.member)
          continue;
        if (member.parent.type === AST_NODE_TYPES.NewExpression && member.parent.callee === member)
          handles.follow(member.parent, info.library, 0);
      }
      break;
  }
}

/** Follows handles through the bindings that store them, the methods that hand out others, and `this.x = handle`. */
class HandleWalk {
  private readonly seen = new Set<TSESTree.Node>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly onQuery: (call: TSESTree.CallExpression, library: SqlLibrary, method: string) => void,
  ) {}

  /** `expression` evaluates to a handle of `library`. */
  follow(expression: TSESTree.Node, library: SqlLibrary, depth: number): void {
    if (depth > MAX_HANDLE_DEPTH || this.seen.has(expression)) return;
    this.seen.add(expression);
    for (const use of [expression, ...readsOfStoredValue(this.sourceCode, expression), ...this.thisReads(expression)]) {
      this.use(use, library, depth);
    }
  }

  /** `call` is `handle.method(...)` on a handle of `library`. */
  method(call: TSESTree.CallExpression, library: SqlLibrary, method: string, depth: number): void {
    if (library.queries[method]) {
      this.onQuery(call, library, method);
      if (library.chainable) this.follow(call, library, depth + 1);
      return;
    }
    const form = library.handles[method];
    if (form?.returns) this.follow(call, form.returns === 'same' ? library : form.returns, depth + 1);
    if (form?.callback) this.callbackParameter(call, form.callback.parameter, form.callback.library ?? library, depth + 1);
    if (!form && library.chainable) this.follow(call, library, depth + 1);
  }

  callbackParameter(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number, library: SqlLibrary, depth: number): void {
    const callback = [...call.arguments].reverse().find((argument) => isFunctionNode(unwrapExpression(argument)));
    const fn = callback ? functionValue(this.sourceCode, callback) : undefined;
    const parameter = fn?.params[index];
    const name = parameter ? parameterName(parameter) : undefined;
    if (!fn || !name) return;
    for (const read of readsOfParameter(this.sourceCode, fn, name)) this.use(read, library, depth);
  }

  private use(use: TSESTree.Node, library: SqlLibrary, depth: number): void {
    const member = use.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use) return;
    const name = staticPropertyName(member);
    if (name === undefined) return;
    const call = member.parent;
    if (call.type === AST_NODE_TYPES.CallExpression && call.callee === member) {
      this.method(call, library, name, depth);
      return;
    }
    const property = library.handles[name]?.property;
    if (property) this.follow(member, property === 'same' ? library : property, depth + 1);
  }

  /** `this.pool = new Pool()` in a constructor, or a class field `pool = new Pool()`: the `this.pool` reads of the class. */
  private thisReads(expression: TSESTree.Node): TSESTree.Node[] {
    const holder = outermostValue(expression);
    const parent = holder.parent;
    let name: string | undefined;
    if (
      parent?.type === AST_NODE_TYPES.AssignmentExpression &&
      parent.right === holder &&
      parent.left.type === AST_NODE_TYPES.MemberExpression &&
      parent.left.object.type === AST_NODE_TYPES.ThisExpression
    ) {
      name = staticPropertyName(parent.left);
    } else if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.value === holder) {
      name = staticPropertyName(parent);
    }
    const owner = name === undefined ? undefined : enclosingClassBody(holder);
    if (!owner) return [];
    const reads: TSESTree.Node[] = [];
    forEachNode(
      owner,
      (node) => {
        if (
          node.type === AST_NODE_TYPES.MemberExpression &&
          node.object.type === AST_NODE_TYPES.ThisExpression &&
          staticPropertyName(node) === name &&
          !(node.parent.type === AST_NODE_TYPES.AssignmentExpression && node.parent.left === node)
        ) {
          reads.push(node);
        }
      },
      this.sourceCode.visitorKeys,
    );
    return reads;
  }
}

function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
  }
  return undefined;
}

export function methodName(call: TSESTree.CallExpression): string {
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? (staticPropertyName(callee) ?? '') : '';
}

/** pg's `query({ text, values })` and mysql's `query({ sql, values })`: the text is a property of the config. */
/** The members of a query config object that hold the SQL (`client.query({ text, values })`). */
const CONFIG_TEXT_KEYS = ['text', 'sql'];

function configText(sourceCode: SourceCode, argument: TSESTree.Node): TSESTree.Node {
  const scope = sourceCode.getScope(argument);
  if (resolveValue(argument, scope).type !== AST_NODE_TYPES.ObjectExpression) return argument;
  for (const key of CONFIG_TEXT_KEYS) {
    const option = readOption(argument, [key], scope);
    if (option.kind === 'present') return option.value;
  }
  return argument;
}
